import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { connectionStatusAfter, setConnectionStatusStep } from "../bank-login"
import { claimSyncRunStep, releaseSyncRunLockStep } from "../run-lease"
import { askBankForCheckStep } from "./steps/ask-bank-for-check"
import { endMfaEpisode, announceMfaEpisode } from "../mfa-episodes"
import { finishCheckRunStep } from "./steps/finish-check-run"

/**
 * The bank check of one connection, the work of a queued run of kind "mfa_check": Check Now signs
 * in live; the background check reads Flinks' cached state first and signs in live only when that
 * copy is stale and no question waits (see checkBankQuietly). When the bank asks a question,
 * the connection becomes "MFA required", one MFA request is open for the episode, and
 * `banking.connection.mfa_required` goes out when the recipients are due a message (the first
 * time, then at most once per reminder interval). When the bank lets it in, any open episode ends.
 * When the bank or Flinks fails to answer, the connection says so and the run records why.
 */
export const checkConnectionForMfaWorkflow = createWorkflow(
  "banking-check-connection-for-mfa",
  (input: { sync_run_id: string }) => {
    const run = claimSyncRunStep(input)
    const bank = askBankForCheckStep(
      transform({ run }, ({ run }) => ({ connection_id: run.connection_id, sync_run_id: run.id, trigger: run.trigger }))
    )
    setConnectionStatusStep(transform({ run, bank }, ({ run, bank }) => connectionStatusAfter(run.connection_id, bank)))

    const episode = announceMfaEpisode(
      transform({ run, bank }, ({ run, bank }) => ({
        connection_id: run.connection_id,
        applies: bank.outcome === "mfa",
      }))
    )

    endMfaEpisode(
      transform({ run, bank }, ({ run, bank }) => ({
        connection_id: run.connection_id,
        actor_id: null,
        applies: bank.outcome === "active",
      }))
    )

    const check = transform({ bank, episode }, ({ bank, episode }) => ({
      outcome: bank.outcome,
      mfa_request_id: episode?.mfa_request_id ?? null,
      notified: !!episode?.notify_due,
    }))
    finishCheckRunStep(
      transform({ run, bank, check }, ({ run, bank, check }) => ({ sync_run_id: run.id, bank, check }))
    )
    releaseSyncRunLockStep(transform({ run }, ({ run }) => ({ connection_id: run.connection_id, sync_run_id: run.id })))
    return new WorkflowResponse(transform({ run, check }, ({ run, check }) => ({ sync_run_id: run.id, ...check })))
  }
)

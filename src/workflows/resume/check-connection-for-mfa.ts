import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEvents } from "../../types/events"
import { authorizeStoredLoginStep } from "../connections/steps/authorize-stored-login"
import { connectionStatusAfter } from "../connections/steps/connection-status-after"
import { loadBankConnectionStep } from "../connections/steps/load-bank-connection"
import { setConnectionStatusStep } from "../connections/steps/set-connection-status"
import { importLockKey } from "../sync/import-bank-transactions"
import { endMfaEpisode } from "./steps/end-mfa-episode"
import { openMfaEpisodeStep } from "./steps/open-mfa-episode"

/**
 * The background check of one connection: a live refresh through the stored login. When the bank
 * asks a question, the connection becomes "MFA required", one MFA request is open for the episode,
 * and `banking.connection.mfa_required` goes out when the recipients are due a message (the first
 * time, then at most once per reminder interval). When the bank lets it in, any open episode ends.
 * Skips a connection that is importing right now (its lock).
 */
export const checkConnectionForMfaWorkflow = createWorkflow(
  "banking-check-connection-for-mfa",
  (input: { connection_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => importLockKey(input.connection_id))
    acquireLockStep({ key: lockKey, timeout: 0, ttl: 300 })
    const connection = loadBankConnectionStep(transform({ input }, ({ input }) => ({ id: input.connection_id })))
    const bank = authorizeStoredLoginStep(transform({ connection }, ({ connection }) => ({ connection_id: connection.id })))
    setConnectionStatusStep(transform({ connection, bank }, ({ connection, bank }) => connectionStatusAfter(connection.id, bank)))

    const episode = when({ bank }, ({ bank }) => bank.outcome === "mfa").then(() =>
      openMfaEpisodeStep(transform({ connection }, ({ connection }) => ({ connection_id: connection.id })))
    )
    when({ episode }, ({ episode }) => !!episode?.notify_due).then(() => {
      emitEventStep({
        eventName: BankingEvents.CONNECTION_MFA_REQUIRED,
        data: transform({ connection, episode }, ({ connection, episode }) => ({
          id: connection.id,
          mfa_request_id: episode!.mfa_request_id,
          reminder: !episode!.opened,
        })),
      }).config({ name: "emit-mfa-required" })
    })

    endMfaEpisode(
      transform({ connection, bank }, ({ connection, bank }) => ({
        connection_id: connection.id,
        actor_id: null,
        applies: bank.outcome === "active",
      }))
    )

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ bank, episode }, ({ bank, episode }) => ({
        outcome: bank.outcome,
        mfa_request_id: episode?.mfa_request_id ?? null,
        notified: !!episode?.notify_due,
      }))
    )
  }
)

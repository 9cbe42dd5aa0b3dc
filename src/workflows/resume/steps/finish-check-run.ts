import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { SIGN_IN_REASON, StoredLoginOutcome } from "../../bank-login"

export type CheckRunOutcome = {
  outcome: StoredLoginOutcome["outcome"]
  mfa_request_id: string | null
  notified: boolean
}

const CHECK_WORDS: Record<Exclude<StoredLoginOutcome["outcome"], "fault">, string> = {
  active: "Your bank let the saved sign-in in: the connection is active.",
  mfa: "Your bank is asking for a verification. Answer it with Edit Credentials, or the link in the email.",
  sign_in: SIGN_IN_REASON,
}

const NOT_ASKED = "Flinks' copy of your bank data is recent and no question waits, so the bank was not asked again."

function checkWords(bank: Exclude<StoredLoginOutcome, { outcome: "fault" }>): string {
  return bank.outcome === "active" && !bank.live ? NOT_ASKED : CHECK_WORDS[bank.outcome]
}

/**
 * Closes the bank check's run with what the bank said: succeeded when it answered (whatever it
 * answered), failed with the reason when it or Flinks could not. Undone by putting it back to running.
 */
export const finishCheckRunStep = createStep(
  "finish-check-run",
  async (input: { sync_run_id: string; bank: StoredLoginOutcome; check: CheckRunOutcome }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const failed = input.bank.outcome === "fault"
    await banking.updateSyncRuns({
      id: input.sync_run_id,
      status: failed ? "failed" : "succeeded",
      phase: null,
      finished_at: new Date(),
      error_code: input.bank.outcome === "fault" || input.bank.outcome === "sign_in" ? input.bank.code : null,
      error_message: input.bank.outcome === "fault" ? input.bank.reason : checkWords(input.bank),
      bank_data_as_of:
        input.bank.outcome === "active" && input.bank.bank_data_as_of ? new Date(input.bank.bank_data_as_of) : null,
      details: { check: input.check } as unknown as Record<string, unknown>,
    })
    return new StepResponse(null, input.sync_run_id)
  },
  async (runId, { container }) => {
    if (!runId) return
    await container
      .resolve<IBankingModuleService>(BANKING_MODULE)
      .updateSyncRuns({ id: runId, status: "running", finished_at: null })
  }
)

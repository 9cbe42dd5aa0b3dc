import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeStoredLogin, StoredLoginOutcome } from "../../connections/steps/authorize-stored-login"
import { keepRunAlive } from "../../sync/runs/run-lease"

/**
 * The bank check's live sign-in, under the run's lease (a bank may take minutes to answer). A
 * fault is an outcome to record, never a thrown error: the connection must say the bank or Flinks
 * is down. Reads only.
 */
export const askBankForCheckStep = createStep(
  "ask-bank-for-check",
  async (input: { connection_id: string; sync_run_id: string }, { container }) => {
    const lease = keepRunAlive(container, { id: input.sync_run_id, connection_id: input.connection_id })
    try {
      return new StepResponse<StoredLoginOutcome>(await authorizeStoredLogin(container, input.connection_id, true))
    } finally {
      lease.stop()
    }
  }
)

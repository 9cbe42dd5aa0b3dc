import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeStoredLogin, StoredLoginOutcome } from "../../bank-login"
import { keepRunAlive } from "../../run-lease"
import { checkBankQuietly } from "../quiet-bank-check"

/**
 * The bank check, under the run's lease (a bank may take minutes to answer). Check Now is a
 * person asking: a live sign-in. The schedule has nobody there to answer: it asks the bank only
 * when Flinks' copy is stale and no question waits (checkBankQuietly). A fault is an outcome to
 * record, never a thrown error: the connection must say the bank or Flinks is down.
 */
export const askBankForCheckStep = createStep(
  "ask-bank-for-check",
  async (input: { connection_id: string; sync_run_id: string; trigger: string }, { container }) => {
    const lease = keepRunAlive(container, { id: input.sync_run_id, connection_id: input.connection_id })
    try {
      const bank =
        input.trigger === "manual"
          ? await authorizeStoredLogin(container, input.connection_id, true)
          : await checkBankQuietly(container, input.connection_id)
      return new StepResponse<StoredLoginOutcome>(bank)
    } finally {
      lease.stop()
    }
  }
)

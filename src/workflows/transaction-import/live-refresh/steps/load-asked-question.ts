import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { isRunAlive } from "../../../../lib/banking/sync-run-liveness"

export const NOT_WAITING =
  "This refresh is no longer waiting for your bank's question. Refresh again to sign in at the bank."

/**
 * A Refresh Transactions run waiting on the bank's question, and the question it waits on;
 * refused when the run ended, was answered, or the question is gone at Flinks. Reads only.
 */
export const loadAskedQuestionStep = createStep(
  "load-asked-question",
  async (input: { sync_run_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [run] = await banking.listSyncRuns({ id: input.sync_run_id })
    if (!run) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This import run does not exist.")
    }
    if (run.question !== "asked" || !isRunAlive(run, banking.syncOptions().leaseSeconds)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NOT_WAITING)
    }
    const question = await banking.gateway.readWaitingQuestion(run.connection_id)
    if (!question) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NOT_WAITING)
    }
    return new StepResponse({ sync_run_id: run.id, connection_id: run.connection_id, request_id: question.request_id })
  }
)

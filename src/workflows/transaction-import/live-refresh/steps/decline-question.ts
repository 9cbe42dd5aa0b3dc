import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"

/**
 * The merchant closed the bank's question: the waiting run imports what Flinks already held. A
 * run that no longer waits (answered, or ended) is left as it is. Undone by asking again.
 */
export const declineQuestionStep = createStep(
  "decline-question",
  async (input: { sync_run_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [run] = await banking.listSyncRuns({ id: input.sync_run_id }, { select: ["id"] })
    if (!run) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This import run does not exist.")
    }
    const declined = await banking.updateSyncRuns({
      selector: { id: run.id, question: "asked" },
      data: { question: "declined" },
    })
    return new StepResponse(null, declined.length ? run.id : null)
  },
  async (runId, { container }) => {
    if (!runId) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateSyncRuns({ id: runId, question: "asked" })
  }
)

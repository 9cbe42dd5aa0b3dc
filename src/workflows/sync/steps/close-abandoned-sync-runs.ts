import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/**
 * Closes as interrupted the runs whose process died (no heartbeat for a lease). Nothing to undo:
 * those runs are over whatever happens next, and the next import picks up from what was saved.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a step that takes no input is typed void, as Medusa's own are
export const closeAbandonedSyncRunsStep = createStep("close-abandoned-sync-runs", async (_: void, { container }) => {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  return new StepResponse({ closed_ids: await banking.closeAbandonedSyncRuns() })
})

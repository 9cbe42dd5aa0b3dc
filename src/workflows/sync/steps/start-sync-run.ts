import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import BankingModuleService from "../../../modules/banking/service"
import { ImportTargets } from "./load-import-targets"

const INTERRUPTED = "The import stopped before it finished; the next run picks up from what was saved."

export type SyncTrigger = "link" | "schedule" | "manual" | "resume"

/**
 * Opens the audit record of this import before anything else happens, so even a crash leaves a
 * trace. Undone by marking the run failed ("interrupted"), never by deleting it.
 */
export const startSyncRunStep = createStep(
  "start-sync-run",
  async (input: { targets: ImportTargets; trigger: SyncTrigger }, { container }) => {
    const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
    const run = await banking.createSyncRuns({
      connection_id: input.targets.connection_id,
      feed_ids: input.targets.feeds.map((feed) => feed.feed_id),
      trigger: input.trigger,
      started_at: new Date(),
      status: "running",
    })
    await banking.updateBankConnections({ id: input.targets.connection_id, last_attempt_at: new Date() })
    return new StepResponse({ id: run.id }, { run_id: run.id, connection_id: input.targets.connection_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
    await banking.updateSyncRuns({
      id: undo.run_id,
      status: "failed",
      finished_at: new Date(),
      error_code: "interrupted",
      error_message: INTERRUPTED,
    })
    // The connection must not keep looking healthy after an import that did not finish.
    await banking.updateBankConnections({ id: undo.connection_id, status: "error", status_reason: INTERRUPTED })
  }
)

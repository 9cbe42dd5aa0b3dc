import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestSyncRunWorkflow } from "../request-sync-run"
import { QueueSyncRunInput } from "../steps/queue-sync-run"
import { executeSyncRun } from "./execute-sync-run"

/**
 * For the scheduled jobs: queues a run and does it in this process, awaited, so the job's
 * concurrency holds. A connection already busy (a merchant's refresh) is skipped. Answers how the
 * import ended ("succeeded", "partial", "failed") or what the bank answered the check ("active",
 * "mfa", "sign_in", "fault"); "skipped" or "interrupted" when it did not run through.
 */
export async function runQueuedHere(container: MedusaContainer, input: QueueSyncRunInput): Promise<string> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result: run } = await requestSyncRunWorkflow(container).run({ input: { ...input, in_background: false } })
    if (!run.created) return "skipped"
    const result = await executeSyncRun(container, run.id)
    if (!result) return "interrupted"
    // An import says how it ended; a bank check says what the bank answered.
    return "outcome" in result ? result.outcome : result.status
  } catch (error) {
    logger.warn(
      `Banking: the scheduled ${input.kind} of ${input.connection_id} did not run: ${(error as Error)?.message ?? error}`
    )
    return "skipped"
  }
}

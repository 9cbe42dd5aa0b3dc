import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../modules/banking"
import BankingModuleService from "../../../modules/banking/service"
import { requestSyncRunWorkflow } from "../request-sync-run"
import { QueueSyncRunInput } from "../steps/queue-sync-run"
import { executeSyncRun } from "./execute-sync-run"

/**
 * For the scheduled jobs: queues a run and does it in this process, awaited, so the job's
 * concurrency holds. A connection already busy (a merchant's refresh) is skipped. Answers how the
 * run ended, or "skipped".
 */
export async function runQueuedHere(container: MedusaContainer, input: QueueSyncRunInput): Promise<string> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result: run } = await requestSyncRunWorkflow(container).run({ input: { ...input, in_background: false } })
    if (!run.created) return "skipped"
    await executeSyncRun(container, run.id)
    const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
    const [finished] = await banking.listSyncRuns({ id: run.id }, { select: ["status"] })
    return finished.status
  } catch (error) {
    logger.warn(`Banking: the scheduled ${input.kind} of ${input.connection_id} did not run: ${(error as Error)?.message ?? error}`)
    return "skipped"
  }
}

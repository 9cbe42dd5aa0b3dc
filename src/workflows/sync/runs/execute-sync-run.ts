import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { checkConnectionForMfaWorkflow } from "../../resume/check-connection-for-mfa"
import { importBankTransactionsWorkflow } from "../../transaction-import/import-bank-transactions"

/**
 * Does the work of a queued run: its import or its bank check. Whatever happens is recorded on
 * the run (its workflow closes it, or its compensation marks it interrupted), so nothing is thrown
 * back at the subscriber or job that called: there is nobody there to read it.
 */
export async function executeSyncRun(container: MedusaContainer, syncRunId: string) {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [run] = await banking.listSyncRuns({ id: syncRunId }, { select: ["id", "kind", "status"] })
  if (run?.status !== "queued") {
    return null
  }
  const workflow = run.kind === "mfa_check" ? checkConnectionForMfaWorkflow : importBankTransactionsWorkflow
  try {
    const { result } = await workflow(container).run({ input: { sync_run_id: run.id } })
    return result
  } catch (error) {
    logger.warn(`Banking: sync run ${run.id} did not complete: ${(error as Error)?.message ?? error}`)
    return null
  }
}

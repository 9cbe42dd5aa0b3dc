import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../modules/banking"
import BankingModuleService from "../../../../modules/banking/service"
import { importBankTransactionsWorkflow } from "../../../../workflows"
import { SyncTrigger } from "../../../../workflows/sync/steps/start-sync-run"

/** Workflow errors can arrive as plain objects, not Error instances: read their message either way. */
function isLockConflict(error: unknown): boolean {
  const message = String((error as { message?: unknown } | null)?.message ?? error)
  return /acquire lock|acquiring lock/i.test(message) || (error as MedusaError)?.type === MedusaError.Types.CONFLICT
}

/** Runs the import of one feed now and says how it went; a second one at the same time is refused. */
export async function runImport(scope: MedusaContainer, feedId: string, trigger: SyncTrigger) {
  const banking = scope.resolve<BankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds({ id: feedId }, { relations: ["bank_account"] })
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
  try {
    const { result } = await importBankTransactionsWorkflow(scope).run({
      input: { connection_id: feed.bank_account.connection_id, trigger, feed_ids: [feedId] },
    })
    const outcome = result.feeds.find((item) => item.feed_id === feedId)
    return {
      sync_run_id: result.sync_run_id,
      status: outcome?.status ?? result.status,
      fetched: outcome?.fetched ?? 0,
      inserted: outcome?.inserted ?? 0,
      duplicates: outcome?.duplicates ?? 0,
      skipped: outcome?.skipped ?? 0,
      possible_gaps: outcome?.gaps.length ?? 0,
      message: outcome?.error_message ?? null,
    }
  } catch (error) {
    if (isLockConflict(error)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "An import of this bank connection is already running. Try again when it has finished."
      )
    }
    throw error
  }
}

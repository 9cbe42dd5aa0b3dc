import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../modules/banking"
import BankingModuleService from "../../../../modules/banking/service"
import { importBankTransactionsWorkflow } from "../../../../workflows"
import { SyncTrigger } from "../../../../workflows/sync/steps/start-sync-run"
import { isLockConflict } from "../lock-conflict"

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
      /** Why it failed, for the screen to offer the way forward (mfa_required → Edit Credentials). */
      code: outcome?.error_code ?? (result.mfa_pending ? "mfa_required" : null),
      message:
        outcome?.error_message ??
        (result.mfa_pending
          ? "Your bank is asking for a verification, so only what Flinks already held was imported. Answer it with Edit Credentials in Manage Added Accounts, then refresh again."
          : null),
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

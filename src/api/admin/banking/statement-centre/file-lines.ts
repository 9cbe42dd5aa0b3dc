import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { FeedTransactionFilters, FeedTransactionRow, FileLineKey, IBankingModuleService } from "../../../../types"

/** Lines per read of a download: a few hundred kilobytes of file. */
const BATCH_LINES = 2_000

/**
 * The lines of a downloaded file, batch by batch, in the one order every file has, whatever the
 * screen showed: by bank date, oldest first, then the bank's own order within a day (import_order:
 * the import writes each account's lines in the bank's order, and a later import's come after).
 * Only a batch is held at a time, so a file of a million lines costs what one of two thousand does.
 */
export async function* fileLines(
  scope: MedusaContainer,
  filters: FeedTransactionFilters
): AsyncGenerator<FeedTransactionRow[]> {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  let after: FileLineKey | null = null
  for (;;) {
    const batch = await banking.listFeedTransactionsAfter(filters, after, BATCH_LINES)
    if (batch.length) yield batch
    if (batch.length < BATCH_LINES) return
    const last = batch[batch.length - 1]
    after = { date: last.date, import_order: Number(last.import_order) }
  }
}

/** The first and last bank dates of the lines the filters select. */
export async function fileSpan(scope: MedusaContainer, filters: FeedTransactionFilters) {
  return scope.resolve<IBankingModuleService>(BANKING_MODULE).feedTransactionsSpan(filters)
}

import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import { FeedTransactionFilters, type IBankingModuleService } from "../../../../types"

/**
 * The lines of a downloaded file, in the one order every file has, whatever the screen showed:
 * by bank date, oldest first, then the bank's own order within a day. That is import_order: the
 * import writes each batch in the bank's order (see chronological.ts), and a later import's lines
 * come after. An importer then sees a statement and the same lines downloaded from the Detailed
 * View in the same order.
 */
export async function readFileLines(scope: MedusaContainer, filters: FeedTransactionFilters) {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { transactions } = await banking.listFeedTransactions(filters, { order: "date" })
  return transactions
}

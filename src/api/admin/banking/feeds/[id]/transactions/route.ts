import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { wireTime } from "../../../../../utils/wire-time"
import { ensureCentreFeed } from "../../../statement-centre/read-feed"
import { AdminListFeedTransactionsType } from "../../../statement-centre/validators"
import type { AdminBankTransactionsResponse } from "../../../../../../types/http"

/** Detailed View: one page of the feed's lines, filtered and sorted by the database. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankTransactionsResponse>) {
  const { limit, offset, sort, ...filters } = req.validatedQuery as AdminListFeedTransactionsType
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { transactions, count } = await banking.listFeedTransactions(
    { ...filters, feed_id: req.params.id },
    { order: sort, limit, offset }
  )
  // Lines found prove the feed exists; only an empty answer needs the look-up that tells 404.
  if (!count) await ensureCentreFeed(req.scope, req.params.id)
  res.json({
    transactions: transactions.map((line) => ({ ...line, reconciled_at: wireTime(line.reconciled_at) })),
    count,
    offset,
    limit,
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { wireTime } from "../../../../../utils/wire-time"
import { ensureCentreFeed } from "../../../statement-centre/read-feed"
import { decodeCursor, encodeCursor } from "../../../statement-centre/page-cursor"
import { AdminListFeedTransactionsType } from "../../../statement-centre/validators"
import type { AdminBankTransactionsResponse } from "../../../../../../types/http"

/** Detailed View: one page of the feed's lines, filtered and sorted by the database. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankTransactionsResponse>) {
  const { limit, offset, sort, after, before, last, ...filters } = req.validatedQuery as AdminListFeedTransactionsType
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  // The validator proved the cursors decode and belong to this sort.
  const position = (text?: string) => (text ? (decodeCursor(text) ?? undefined) : undefined)
  const { transactions, count, next, previous } = await banking.listFeedTransactions(
    { ...filters, feed_id: req.params.id },
    { order: sort, limit, offset, after: position(after), before: position(before), last: last === "true" }
  )
  // Lines found prove the feed exists; only an empty answer needs the look-up that tells 404.
  if (!count) await ensureCentreFeed(req.scope, req.params.id)
  res.json({
    transactions: transactions.map((line) => ({ ...line, reconciled_at: wireTime(line.reconciled_at) })),
    count,
    offset,
    limit,
    next_cursor: encodeCursor(sort, next),
    prev_cursor: encodeCursor(sort, previous),
  })
}

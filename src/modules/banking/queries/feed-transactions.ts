import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { TransactionOrder } from "../../../types/module/constants"
import type { FeedTransactionFilters } from "../../../types/module/statement-centre"

/** Columns a line is shown and exported with; money as the exact decimal text stored. */
export const TRANSACTION_COLUMNS = [
  "t.id",
  "t.date",
  "t.description",
  "t.status",
  "t.statement_id",
  "t.provider_transaction_id",
  "t.currency_code",
  "t.reconciled_at",
  "t.reconciled_by",
] as const

const LIKE_SPECIALS = /[\\%_]/g

/**
 * A feed's live lines: those its imports brought, less the deleted ones. What the Detailed View
 * lists and what every line count shows both start here, so they cannot disagree.
 */
export function liveFeedLines(knex: Knex, feedIds: string | string[]): Knex.QueryBuilder {
  const query = knex("bank_transaction as t").whereNull("t.deleted_at")
  return Array.isArray(feedIds) ? query.whereIn("t.feed_id", feedIds) : query.where("t.feed_id", feedIds)
}

/** How many live lines each of the feeds has; a feed without any has no row. */
export function feedLineCountsQuery(knex: Knex, feedIds: string[]): Knex.QueryBuilder {
  return liveFeedLines(knex, feedIds).select("t.feed_id").count({ count: "*" }).groupBy("t.feed_id")
}

/**
 * The feed's live lines matching the filters: one range of the (feed, date, import order) index.
 * Every condition is a bound parameter; the text filter escapes LIKE's wildcards so "50%" means
 * those three characters.
 */
export function feedTransactionsQuery(knex: Knex, filters: FeedTransactionFilters): Knex.QueryBuilder {
  const query = liveFeedLines(knex, filters.feed_id)
  if (filters.statement_id) query.where("t.statement_id", filters.statement_id)
  if (filters.ids) query.whereIn("t.id", filters.ids)
  if (filters.date_from) query.where("t.date", ">=", filters.date_from)
  if (filters.date_to) query.where("t.date", "<=", filters.date_to)
  if (filters.amount_min) query.whereRaw("coalesce(t.debit, t.credit) >= ?::numeric", [filters.amount_min])
  if (filters.amount_max) query.whereRaw("coalesce(t.debit, t.credit) <= ?::numeric", [filters.amount_max])
  if (filters.status?.length) query.whereIn("t.status", filters.status)
  if (filters.q) query.where("t.description", "ilike", `%${filters.q.replace(LIKE_SPECIALS, "\\$&")}%`)
  return query
}

/** Selects a line's columns, its money as text, in the requested order (ties in import order). */
export function selectFeedTransactions(query: Knex.QueryBuilder, order: TransactionOrder): Knex.QueryBuilder {
  const descending = order.startsWith("-")
  const direction = descending ? "desc" : "asc"
  const key = order.replace("-", "")
  query
    .select([...TRANSACTION_COLUMNS])
    .select(
      query.client.raw("t.debit::text as debit, t.credit::text as credit, t.running_balance::text as running_balance")
    )
  if (key === "amount") query.orderByRaw(`coalesce(t.debit, t.credit) ${direction}`)
  if (key === "description") query.orderBy("t.description", direction)
  return query.orderBy([
    { column: "t.date", order: key === "date" ? direction : "desc" },
    { column: "t.import_order", order: key === "date" ? direction : "desc" },
  ])
}

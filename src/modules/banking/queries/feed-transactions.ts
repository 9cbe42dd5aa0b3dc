import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { TransactionOrder } from "../../../types/module/constants"
import type {
  FeedTransactionFilters,
  FeedTransactionPage,
  FeedTransactionPosition,
} from "../../../types/module/statement-centre"

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

/** The SQL of each order's key; the key's text is what a page position carries. */
const SORT_KEYS = {
  date: { sql: "t.date", cast: "?::text" },
  amount: { sql: "coalesce(t.debit, t.credit)", cast: "?::numeric" },
  description: { sql: "t.description", cast: "?::text" },
} as const

/** The order's key and whether it runs downwards; `reverse` reads the same order from its end. */
function orderParts(order: TransactionOrder, reverse = false) {
  const key = SORT_KEYS[order.replace("-", "") as keyof typeof SORT_KEYS]
  const descending = order.startsWith("-") !== reverse
  return { key, descending, direction: descending ? "desc" : "asc" }
}

/**
 * Selects a line's columns, its money as text, in the requested order; ties in import order (unique,
 * so the order is total and a page position names one place in it). `reverse` reads it from the end,
 * as the page before a position and the last page do. The key and import order come along as
 * `sort_key` and `import_order`, the position of the row for the next page.
 */
export function selectFeedTransactions(
  query: Knex.QueryBuilder,
  order: TransactionOrder,
  reverse = false
): Knex.QueryBuilder {
  const { key, direction } = orderParts(order, reverse)
  return query
    .select([...TRANSACTION_COLUMNS, "t.import_order"])
    .select(
      query.client.raw(
        `t.debit::text as debit, t.credit::text as credit, t.running_balance::text as running_balance, (${key.sql})::text as sort_key`
      )
    )
    .orderByRaw(`${key.sql} ${direction}, t.import_order ${direction}`)
}

/**
 * Keeps the lines that come after the position in the order (read from the end when `reverse`):
 * one row comparison, so on the (feed, date, import order) index a date page starts where the
 * position is, at any depth.
 */
export function afterPosition(
  query: Knex.QueryBuilder,
  order: TransactionOrder,
  position: FeedTransactionPosition,
  reverse = false
): Knex.QueryBuilder {
  const { key, descending } = orderParts(order, reverse)
  return query.whereRaw(`(${key.sql}, t.import_order) ${descending ? "<" : ">"} (${key.cast}, ?::bigint)`, [
    position.key,
    position.import_order,
  ])
}

/**
 * The query of one Detailed View page, as the repository runs it: one row more than the limit, to
 * tell whether a page lies beyond. Before a position and on the last page it reads the order from
 * the end (`reverse`: the rows come back the other way round). Without a position, by offset.
 */
export function feedTransactionsPageQuery(
  knex: Knex,
  filters: FeedTransactionFilters,
  page: FeedTransactionPage
): { query: Knex.QueryBuilder; reverse: boolean } {
  const reverse = Boolean(page.before || page.last)
  const query = selectFeedTransactions(feedTransactionsQuery(knex, filters), page.order, reverse)
  const position = page.before ?? page.after
  if (position) afterPosition(query, page.order, position, reverse)
  if (page.limit !== undefined) {
    query.limit(page.limit + 1)
    if (!position && !page.last && page.offset) query.offset(page.offset)
  }
  return { query, reverse }
}

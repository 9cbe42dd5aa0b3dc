import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"
import type {
  BalancePoint,
  FeedStatementRow,
  FeedStatementsInput,
  FeedTransactionFilters,
  FeedTransactionPage,
  FeedTransactionPageResult,
  FeedTransactionPosition,
  FeedTransactionRow,
  FileLineKey,
} from "../../../types/module"
import { balanceHistoryQuery } from "../queries/balance-history"
import { feedStatementsQuery, statementReconciliation } from "../queries/feed-statements"
import {
  feedLineCountsQuery,
  feedTransactionsPageQuery,
  feedTransactionsQuery,
  selectFeedTransactions,
} from "../queries/feed-transactions"

type PagedRow = FeedTransactionRow & { sort_key: string; import_order: number | string }
const positionOf = (row: PagedRow): FeedTransactionPosition => ({
  key: row.sort_key,
  import_order: Number(row.import_order),
  id: row.id,
})

type StatementQueryRow = Omit<FeedStatementRow, "status"> & { full_count: number }

/**
 * The Statement Centre's reads: filtered, sorted, paged and summed in PostgreSQL (a feed can hold
 * hundreds of thousands of lines), money as the exact decimal text stored.
 */
export class StatementCentreRepository extends MikroOrmBase {
  /**
   * One page of a feed's lines, how many match, and the positions of the pages before and after it
   * (null where there is none): the page's last line leads to the next, its first to the previous.
   */
  async listFeedTransactions(
    filters: FeedTransactionFilters,
    page: FeedTransactionPage,
    sharedContext: Context = {}
  ): Promise<FeedTransactionPageResult> {
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const { query, reverse } = feedTransactionsPageQuery(knex, filters, page)
    const [fetched, [{ count }]]: [PagedRow[], { count: string | number }[]] = await Promise.all([
      query,
      feedTransactionsQuery(knex, filters).count({ count: "*" }),
    ])
    const beyond = page.limit !== undefined && fetched.length > page.limit
    const rows = beyond ? fetched.slice(0, page.limit) : fetched
    if (reverse) rows.reverse()
    const first = rows[0]
    const last = rows[rows.length - 1]
    // Read forwards, a page lies before when we came from a position or an offset; read from the
    // end, one lies after when we came from a position (the last page has none after it).
    const hasPrevious = reverse ? beyond : Boolean(page.after || page.offset)
    const hasNext = reverse ? Boolean(page.before) : beyond
    return {
      transactions: rows.map(({ sort_key: _key, import_order: _order, ...line }) => line),
      count: Number(count),
      next: hasNext && last ? positionOf(last) : null,
      previous: hasPrevious && first ? positionOf(first) : null,
    }
  }

  /**
   * The next `limit` lines of a download after `after`, in the file's order (bank date, then
   * import order): a keyset step of the (feed, date, import order) index, so every batch costs the
   * same however deep, and no connection stays held between two batches.
   */
  async listFeedTransactionsAfter(
    filters: FeedTransactionFilters,
    after: FileLineKey | null,
    limit: number,
    sharedContext: Context = {}
  ): Promise<(FeedTransactionRow & FileLineKey)[]> {
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const query = selectFeedTransactions(feedTransactionsQuery(knex, filters), "date")
    if (after) query.whereRaw("(t.date, t.import_order) > (?, ?)", [after.date, after.import_order])
    return query.limit(limit)
  }

  /** The first and last bank dates among the lines the filters select (null without any). */
  async feedTransactionsSpan(
    filters: FeedTransactionFilters,
    sharedContext: Context = {}
  ): Promise<{ first_date: string | null; last_date: string | null }> {
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const [span]: { first_date: string | null; last_date: string | null }[] = await feedTransactionsQuery(knex, filters)
      .min({ first_date: "t.date" })
      .max({ last_date: "t.date" })
    return { first_date: span?.first_date ?? null, last_date: span?.last_date ?? null }
  }

  /** How many live lines each feed has (0 for none). */
  async countFeedLines(feedIds: string[], sharedContext: Context = {}): Promise<Record<string, number>> {
    const counts: Record<string, number> = Object.fromEntries(feedIds.map((id) => [id, 0]))
    if (!feedIds.length) return counts
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const rows: { feed_id: string; count: string | number }[] = await feedLineCountsQuery(knex, feedIds)
    for (const row of rows) counts[row.feed_id] = Number(row.count)
    return counts
  }

  /** A feed's statements with totals and reconciliation progress from their live lines. */
  async listFeedStatements(
    input: FeedStatementsInput,
    sharedContext: Context = {}
  ): Promise<{ statements: FeedStatementRow[]; count: number }> {
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const { rows }: { rows: StatementQueryRow[] } = await feedStatementsQuery(knex, input)
    const count = rows[0]?.full_count ?? 0
    const statements = rows.map(({ full_count: _count, ...row }) => ({ ...row, status: statementReconciliation(row) }))
    return { statements, count }
  }

  /** The account's balance at the end of each bank day. */
  async feedBalanceHistory(input: { feed_id: string }, sharedContext: Context = {}): Promise<BalancePoint[]> {
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    const { rows }: { rows: BalancePoint[] } = await balanceHistoryQuery(knex, input)
    return rows
  }
}

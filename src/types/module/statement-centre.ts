import type { TransactionOrder, TransactionStatus } from "./constants"

/** The Detailed View's filters. Amounts are decimal text and bound the line's amount, whatever its side. */
export type FeedTransactionFilters = {
  feed_id: string
  statement_id?: string
  ids?: string[]
  date_from?: string
  date_to?: string
  amount_min?: string
  amount_max?: string
  status?: TransactionStatus[]
  /** Words the description contains, in any case. */
  q?: string
}

/**
 * Where a keyset page starts: the sort key of a line (its date, amount or description as text), its
 * import order and id. A page after it costs the same at any depth, unlike an offset.
 */
export type FeedTransactionPosition = { key: string; import_order: number; id: string }

/**
 * One page of the Detailed View; without a limit, every matching line. `after`/`before` read the
 * page next to a line, `last` the final page; otherwise `offset` (kept for callers that page by it).
 */
export type FeedTransactionPage = {
  order: TransactionOrder
  limit?: number
  offset?: number
  after?: FeedTransactionPosition
  before?: FeedTransactionPosition
  last?: boolean
}

/** A page of lines, how many match, and the positions that read the pages around it (null: none). */
export type FeedTransactionPageResult = {
  transactions: FeedTransactionRow[]
  count: number
  next: FeedTransactionPosition | null
  previous: FeedTransactionPosition | null
}

/** A line as the Detailed View and the exports show it; money as the exact decimal text stored. */
/** Where a download stopped: the last line's bank date and import order (the file's order). */
export type FileLineKey = { date: string; import_order: number }

export type FeedTransactionRow = {
  id: string
  date: string
  description: string
  status: TransactionStatus
  statement_id: string | null
  provider_transaction_id: string
  currency_code: string
  reconciled_at: Date | null
  reconciled_by: string | null
  debit: string | null
  credit: string | null
  running_balance: string | null
}

/** Header View status: follows the statement's lines. */
export type StatementReconciliation = "unreconciled" | "in_progress" | "reconciled"

/** Which of a feed's statements the Header View reads. */
export type FeedStatementsInput = { feed_id: string; statement_ids?: string[]; limit?: number; offset?: number }

/** A statement's period and figures, as the import computes them and the Header View shows them. */
export type BankStatementFigures = {
  period_start: string
  period_end: string
  opening_balance: string | null
  closing_balance: string | null
  total_debits: string
  total_credits: string
  transaction_count: number
}

export type FeedStatementRow = BankStatementFigures & {
  id: string
  reconciled_count: number
  excluded_count: number
  status: StatementReconciliation
  currency_code: string
  created_at: Date
}

/** The account's balance at the end of one bank day. */
export type BalancePoint = { date: string; balance: string }

import type {
  AdminBankingDeleteResponse,
  AdminBankingPage,
  AdminBankingPageParams,
  AdminCalendarDate,
  AdminDateTime,
  AdminDecimal,
} from "./common"

/** The Bank Statement Centre's routes: a feed's statements and lines, their status, downloads, deletes. */

export type AdminBankStatementStatus = "unreconciled" | "in_progress" | "reconciled"

/** One import's worth of lines (Header View), with totals and progress from its live lines. */
export type AdminBankStatement = {
  id: string
  period_start: AdminCalendarDate
  period_end: AdminCalendarDate
  opening_balance: AdminDecimal | null
  closing_balance: AdminDecimal | null
  total_debits: AdminDecimal
  total_credits: AdminDecimal
  transaction_count: number
  reconciled_count: number
  excluded_count: number
  status: AdminBankStatementStatus
  currency_code: string
  created_at: AdminDateTime
}

export type AdminBankTransactionStatus = "unreconciled" | "reconciled" | "excluded" | "possible_duplicate"

/** One bank line (Detailed View); money as exact decimal text, the date a bank calendar date. */
export type AdminBankTransaction = {
  id: string
  date: AdminCalendarDate
  description: string
  debit: AdminDecimal | null
  credit: AdminDecimal | null
  running_balance: AdminDecimal | null
  status: AdminBankTransactionStatus
  statement_id: string | null
  provider_transaction_id: string
  currency_code: string
  /** When and by whom (an admin user id) the line was reconciled or excluded. */
  reconciled_at: AdminDateTime | null
  reconciled_by: string | null
}

/** The orders the lines route takes: by date, amount (whatever its side) or description. */
export type AdminBankTransactionOrder = "date" | "-date" | "amount" | "-amount" | "description" | "-description"

/** The Detailed View's filters, as the list and the download take them. */
export type AdminBankTransactionFilters = {
  statement_id?: string
  date_from?: AdminCalendarDate
  date_to?: AdminCalendarDate
  /** Bounds of the line's amount, whatever its side: "125.50", no sign or thousands separator. */
  amount_min?: AdminDecimal
  amount_max?: AdminDecimal
  /** A list, or the statuses separated by commas ("reconciled,excluded") as the address writes them. */
  status?: AdminBankTransactionStatus[] | string
  q?: string
}

/**
 * GET /admin/banking/feeds/:id/transactions ("-date" when no sort is given). One of: nothing (first
 * page), `after` or `before` (a cursor an answer gave, with the same sort), `last=true`, or `offset`.
 */
export type AdminBankTransactionListParams = AdminBankTransactionFilters &
  AdminBankingPageParams & {
    sort?: AdminBankTransactionOrder
    after?: string
    before?: string
    last?: "true" | "false"
  }

/** GET /admin/banking/feeds/:id/transactions/export */
export type AdminExportBankTransactionsParams = AdminBankTransactionFilters & { format: "csv" | "ofx" }

/** GET /admin/banking/statements/:id/export */
export type AdminExportBankStatementParams = { format: "csv" | "ofx" }

/** GET /admin/banking/feeds/:id/statements */
export type AdminBankStatementListParams = AdminBankingPageParams

/** DELETE /admin/banking/statements/:id: "true" also deletes reconciled lines. */
export type AdminDeleteBankStatementParams = { confirm_reconciled?: "true" | "false" }

/** POST /admin/banking/transactions/status */
export type AdminSetBankTransactionStatus = { ids: string[]; status: "reconciled" | "excluded" | "unreconciled" }

/** POST /admin/banking/transactions/delete: reconciled lines only with `confirm_reconciled`. */
export type AdminDeleteBankTransactions = { ids: string[]; confirm_reconciled?: boolean }

/** GET /admin/banking/feeds/:id/statements: newest first. */
export type AdminBankStatementsResponse = AdminBankingPage & { statements: AdminBankStatement[] }

/**
 * GET /admin/banking/feeds/:id/transactions. The cursors read the next and previous pages (as
 * `after` and `before`); null where there is none. Opaque: hand them back as given.
 */
export type AdminBankTransactionsResponse = AdminBankingPage & {
  transactions: AdminBankTransaction[]
  next_cursor: string | null
  prev_cursor: string | null
}

/** The account's balance at the end of one bank day. */
export type AdminBalancePoint = { date: AdminCalendarDate; balance: AdminDecimal }

/** GET /admin/banking/feeds/:id/balances */
export type AdminBankFeedBalancesResponse = { currency_code: string; balances: AdminBalancePoint[] }

/** POST /admin/banking/transactions/status: lines already in that status count as unchanged. */
export type AdminSetBankTransactionStatusResponse = {
  status: AdminSetBankTransactionStatus["status"]
  updated: number
  unchanged: number
}

/** POST /admin/banking/transactions/delete */
export type AdminDeleteBankTransactionsResponse = { deleted: number }

/** DELETE /admin/banking/statements/:id */
export type AdminDeleteBankStatementResponse = AdminBankingDeleteResponse<"bank_statement"> & {
  deleted_lines: number
}

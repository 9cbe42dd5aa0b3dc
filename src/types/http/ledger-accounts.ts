import type { AdminBankingPage, AdminBankingPageParams, AdminDateTime } from "./common"

export type AdminLedgerAccountType = "asset" | "liability" | "equity" | "revenue" | "expense"

export type AdminLedgerAccount = {
  id: string
  code: string
  name: string
  type: AdminLedgerAccountType
  currency_code: string
  description: string | null
  archived_at: AdminDateTime | null
  created_at: AdminDateTime
  updated_at: AdminDateTime
}

/**
 * POST /admin/banking/ledger-accounts. The server trims the text, writes the currency in capitals
 * and reads the type in any case (`type` is the type's name once checked).
 */
export type AdminCreateLedgerAccount = {
  code: string
  name: string
  type: AdminLedgerAccountType
  currency_code: string
  description?: string | null
}

/** POST /admin/banking/ledger-accounts/:id: only the fields that change. */
export type AdminUpdateLedgerAccount = Partial<AdminCreateLedgerAccount>

/** POST /admin/banking/ledger-accounts/import: the text of a CSV file (code, name, type, currency). */
export type AdminImportLedgerAccounts = { csv: string }

/** GET /admin/banking/ledger-accounts: always ordered by code. */
export type AdminLedgerAccountListParams = AdminBankingPageParams & {
  q?: string
  currency_code?: string
  include_archived?: boolean
  /** Only the accounts a bank feed may post to (Link Bank Feeds' choices). */
  feed_target?: boolean
}

/** GET /admin/banking/ledger-accounts */
export type AdminLedgerAccountsResponse = AdminBankingPage & { ledger_accounts: AdminLedgerAccount[] }

/** POST /admin/banking/ledger-accounts, …/:id, …/:id/archive, …/:id/unarchive */
export type AdminLedgerAccountResponse = { ledger_account: AdminLedgerAccount }

/** What the import did with one row of the file. */
export type AdminLedgerAccountImportRow = {
  line: number
  code: string
  status: "created" | "refused"
  reason?: string
}

/** POST /admin/banking/ledger-accounts/import */
export type AdminLedgerAccountImportResponse = {
  created: number
  refused: number
  rows: AdminLedgerAccountImportRow[]
}

import type { BankStatementFigures } from "./statement-centre"

/** One bank line as an import hands it over; amounts are decimal strings, the date as the bank wrote it. */
export type ImportedLine = {
  provider_transaction_id: string
  fingerprint: string
  date: string
  description: string | null
  debit: string | null
  credit: string | null
  /** The running balance after the line. */
  balance: string | null
  raw: unknown
}

/** One account's share of an import, as the banking service writes it. Amounts are decimal strings. */
export type RecordAccountImportInput = {
  bank_account_id: string
  feed_id: string
  sync_run_id: string
  currency_code: string
  /** New lines, oldest first (the import's own objects, passed as they are: no copy per line). */
  lines: ImportedLine[]
  statement: BankStatementFigures | null
  balances: { current: string | null; available: string | null; limit: string | null } | null
  high_water_date: string | null
}

export type RecordAccountImportResult = { statement_id: string | null; inserted: number }

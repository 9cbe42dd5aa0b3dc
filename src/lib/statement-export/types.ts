/** One bank line as it leaves the store: calendar date and money as exact decimal text. */
export type ExportLine = {
  id: string
  provider_transaction_id: string
  date: string
  description: string
  debit: string | null
  credit: string | null
  running_balance: string | null
  status: string
  currency_code: string
}

/** What a file says about where its lines come from. */
export type ExportAccount = {
  /** Our bank_account id: what the OFX ACCTID is derived from. */
  bank_account_id: string
  title: string
  institution_name: string
  institution_number: string | null
  transit_number: string | null
  /** As the bank names it: Chequing, Savings, CreditCard, LineOfCredit, ... */
  type: string
  currency_code: string
  ledger_account: { code: string; name: string }
}

/** Shapes the plugin's admin routes answer with, as the screens use them. */

export type BankingProvider = {
  id: "flinks-ca" | "flinks-us"
  name: string
  country: "CA" | "US"
  configured: boolean
  unavailable_reason: string | null
}

export type BankAccountSummary = {
  id: string
  title: string
  account_number_masked: string | null
  type: string
  category: string
  currency_code: string
  balance_current: number | string | null
  balance_available: number | string | null
}

export type BankConnection = {
  id: string
  provider: BankingProvider["id"]
  institution_name: string
  status: string
  status_reason: string | null
  last_success_at: string | null
  created_at: string
  accounts: BankAccountSummary[]
}

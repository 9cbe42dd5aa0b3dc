/** Shapes the plugin's admin routes answer with, as the screens use them. */

export type BankingProvider = {
  id: "flinks-ca" | "flinks-us"
  name: string
  country: "CA" | "US"
  configured: boolean
  unavailable_reason: string | null
  privacy_statement: PrivacyStatement
}

/** The Flinks Services Privacy Statement the merchant agrees to; its version goes with the consent. */
export type PrivacyStatement = {
  version: string
  url: string
  summary: string[]
}

export type BankInstitution = {
  id: string
  name: string
  country: BankingProvider["country"]
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

/** One Connect flow opened by the server: the widget address and the state that ties it to us. */
export type ConnectSession = {
  id: string
  state: string
  expires_at: string
  connect_url: string
  /** The only origin whose postMessage events the screen listens to. */
  connect_origin: string
}

export type StartConnectSessionBody = {
  provider: BankingProvider["id"]
  consent: { accepted: true; version: string }
  institution_id?: string
}

export type CompleteConnectSessionBody = {
  state: string
  login_id: string
  institution?: string
  account_ids?: string[]
  request_id?: string
}

export type CompleteConnectSessionResponse = {
  connection: Pick<BankConnection, "id" | "provider" | "institution_name" | "status" | "created_at" | "accounts">
  /** False when this bank login was already connected: its accounts were refreshed instead. */
  created: boolean
}

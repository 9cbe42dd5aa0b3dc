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

/** The feed currently linked to a bank account: where its transactions post. */
export type LinkedFeedSummary = {
  id: string
  start_date: string
  last_import_at: string | null
  ledger_account: { id: string; code: string; name: string }
}

/** A bank account as Manage Added Accounts lists it, with its linked feed (null when none). */
export type ConnectionAccount = BankAccountSummary & {
  feed: LinkedFeedSummary | null
}

export const CONNECTION_HEALTH_STATES = [
  "active",
  "refreshing",
  "mfa_required",
  "credentials_invalid",
  "institution_unavailable",
  "error",
] as const
export type ConnectionHealthState = (typeof CONNECTION_HEALTH_STATES)[number]

/** How the connection is doing, as the server judges it from its status and its last import. */
export type ConnectionHealth = {
  state: ConnectionHealthState
  reason: string | null
}

/** The connection's last import attempt. */
export type ConnectionLastSync = {
  status: "running" | "succeeded" | "partial" | "failed"
  started_at: string
  finished_at: string | null
  inserted_count: number
  error_message: string | null
}

export type BankConnection = {
  id: string
  provider: BankingProvider["id"]
  institution_name: string
  status: string
  status_reason: string | null
  last_success_at: string | null
  created_at: string
  accounts: ConnectionAccount[]
  health: ConnectionHealth
  last_attempt_at: string | null
  last_sync: ConnectionLastSync | null
}

/** Edit Credentials: either the bank took the saved sign-in, or Flinks Connect must be shown. */
export type ReconnectResponse =
  | { outcome: "active"; connection: CompleteConnectSessionResponse["connection"] }
  | {
      outcome: "connect"
      /** "mfa": the bank asks a question; "sign_in": the bank wants the username and password again. */
      step: "mfa" | "sign_in"
      connect_session: ConnectSession
    }

export type DeleteConnectionResponse = {
  id: string
  object: "bank_connection"
  deleted: true
  transactions_kept: boolean
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
  connection: Pick<BankConnection, "id" | "provider" | "institution_name" | "status" | "created_at"> & {
    accounts: BankAccountSummary[]
  }
  /** False when this bank login was already connected: its accounts were refreshed instead. */
  created: boolean
}

/** Check Now: how the bank answered a live sign-in with the saved login. */
export type CheckConnectionResponse = {
  /** "mfa": the bank asks a question; "sign_in": the saved sign-in no longer works. */
  outcome: "active" | "mfa" | "sign_in"
  mfa_request_id: string | null
  /** True when this check emailed the MFA notification recipients (false: they were told already). */
  notified: boolean
  connection: BankConnection
}

/** The emailed resume link, opened: the bank took the saved sign-in, or Flinks Connect must be shown. */
export type ResumeSessionResponse =
  | { outcome: "active"; connection: BankConnection }
  | {
      outcome: "connect"
      step: "mfa" | "sign_in"
      connect_session: ConnectSession
      connection: BankConnection
    }

/** Settings > Banking. */
export type BankingSettings = {
  mfa_notification_recipients: string[]
  updated_at: string | null
}

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

/** Lines an account kept from a feed it no longer has; `feed_id` opens them in the Statement Centre. */
export type KeptLines = { count: number; feed_id: string }

/** A bank account as Manage Added Accounts lists it, with its linked feed (null when none). */
export type ConnectionAccount = BankAccountSummary & {
  feed: LinkedFeedSummary | null
  /** Set only while no feed is linked and an earlier one left lines. */
  kept_lines: KeptLines | null
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

/** The connection's last run: an import, or a bank check (Check Now, the MFA schedule). */
export type ConnectionLastSync = {
  id: string
  kind: SyncRunKind
  status: SyncRunStatus
  /** The truth about "still going": false once it ended or its process died, whatever `status` says. */
  in_progress: boolean
  trigger: string
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
  bank_data: BankData
}

/**
 * How old Flinks' copy of a login is (its LastRefresh): "0 new lines" means nothing only when the
 * copy is recent. `stale` once it is older than `stale_after_hours`; `as_of` null when unknown.
 */
export type BankData = { as_of: string | null; stale: boolean; stale_after_hours: number }

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

/** Check Now: the bank check, started (202) or already running (200); follow `sync_run` to its end. */
export type CheckConnectionResponse = {
  sync_run: SyncRun
  connection: BankConnection
}

/** An import or a bank check, run in the background; the screens follow it until it ends. */
export type SyncRunKind = "import" | "mfa_check"
export type SyncRunStatus = "queued" | "running" | "succeeded" | "partial" | "failed" | "interrupted"
/**
 * Where a run in progress is; null once it ended. "waiting_for_answer": the bank asked a question
 * at a live sign-in and the run waits for the merchant (for up to `sync.answerWaitMinutes`).
 */
export type SyncRunPhase = "queued" | "signing_in" | "waiting_for_answer" | "waiting_for_flinks" | "writing"
/** "cached" reads Flinks' copy (the schedule, a link); "live" signs in at the bank (Refresh). */
export type SyncRunSignIn = "cached" | "live"
/**
 * The bank's question during a live run: asked (the run waits), answered (the run reads fresh
 * data), declined (closed, or not answered in time: the run imported what Flinks already held).
 */
export type SyncRunQuestion = "asked" | "answered" | "declined"

/** How one feed's import ended. `code` says why it failed ("mfa_required": the bank asks first). */
export type SyncRunFeedOutcome = {
  feed_id: string
  status: "imported" | "failed"
  fetched: number
  inserted: number
  duplicates: number
  skipped: number
  possible_gaps: number
  code: string | null
  message: string | null
}

/** What the bank said to a check: "mfa" it asks a question, "sign_in" the saved sign-in no longer works. */
export type SyncRunCheck = {
  outcome: "active" | "mfa" | "sign_in" | "fault"
  mfa_request_id: string | null
  /** True when this check emailed the MFA notification recipients (false: they were told already). */
  notified: boolean
}

export type SyncRun = {
  id: string
  connection_id: string
  kind: SyncRunKind
  trigger: string
  status: SyncRunStatus
  in_progress: boolean
  phase: SyncRunPhase | null
  /** How many lines the import is writing now (phase "writing"). */
  lines_to_write: number | null
  feed_ids: string[] | null
  started_at: string
  finished_at: string | null
  /** Counted by the server from `started_at`, so it is right after a reload and whatever the clocks. */
  elapsed_seconds: number
  /** Once ended: why the run failed, or, for a check, the sentence saying what the bank answered. */
  code: string | null
  message: string | null
  feeds: SyncRunFeedOutcome[]
  check: SyncRunCheck | null
  sign_in: SyncRunSignIn
  question: SyncRunQuestion | null
  /** How old the data the run read is (Flinks' LastRefresh); null until the run read it. */
  bank_data_as_of: string | null
  bank_data_stale: boolean
}

/** The bank's question of a waiting run, opened in Flinks Connect (POST …/sync-runs/:id/question). */
export type RunQuestionResponse = { connect_session: ConnectSession; sync_run: SyncRun }

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

/**
 * The banking module's vocabulary: the values its models accept and its callers validate against.
 * The models take their enums from here, so a route's validator and the column can never disagree.
 */
import { FLINKS_INSTANCE_IDS, type FlinksInstanceId } from "../../lib/flinks/config"

/** The Flinks instances a store can connect through: one list, kept by the Flinks client. */
export const FLINKS_PROVIDERS = FLINKS_INSTANCE_IDS
export type FlinksProviderId = FlinksInstanceId

/**
 * Connection status, a state machine whose table is the module's gateway/connection-status.ts: what
 * the bank says (active, mfa_required, credentials_invalid, institution_unavailable, error) may
 * follow any of those; refreshing ends in one of them; any -> disconnected (deleted; the login is
 * also deleted at Flinks), which nothing leaves. Statuses change only through the gateway's
 * moveConnection.
 */
export const CONNECTION_STATUSES = [
  "active",
  "refreshing",
  "mfa_required",
  "credentials_invalid",
  "institution_unavailable",
  "error",
  "disconnected",
] as const
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number]

/**
 * Feed status: linked -> unlinked (terminal; linking the account again makes a new feed).
 * At most one linked feed per bank account.
 */
export const FEED_STATUSES = ["linked", "unlinked"] as const
export type FeedStatus = (typeof FEED_STATUSES)[number]

/**
 * Transaction status: unreconciled -> reconciled | excluded; reconciled | excluded -> unreconciled
 * (undo). possible_duplicate marks a line whose fingerprint matched an existing one under a new
 * provider id, for a person to decide.
 */
export const TRANSACTION_STATUSES = ["unreconciled", "reconciled", "excluded", "possible_duplicate"] as const
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number]

/** The kinds of account a chart of accounts holds; bank feeds post to asset or liability accounts. */
export const LEDGER_ACCOUNT_TYPES = ["asset", "liability", "equity", "revenue", "expense"] as const
export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number]

/**
 * What a bank feed may post to: the account that stands for the bank account in the books, an
 * asset (chequing, savings) or a liability (credit card, line of credit). Sales or Bank Fees are
 * where a line ends up once reconciled, never the bank account itself.
 */
export const FEED_LEDGER_ACCOUNT_TYPES = ["asset", "liability"] as const satisfies readonly LedgerAccountType[]

/** "refresh": the bank's question met by Refresh Transactions, answered right there. */
export const CONNECT_SESSION_PURPOSES = ["connect", "reconnect", "resume", "refresh"] as const
export type ConnectSessionPurpose = (typeof CONNECT_SESSION_PURPOSES)[number]

/**
 * Why a login is to be deleted at Flinks:
 * - another_login: Edit Credentials or Resume came back signed in as another bank user;
 * - sign_in_refused: the sign-in could not be completed (Flinks' check failed, the sign-in
 *   session expired) and no connection uses the login.
 */
export const LOGIN_DISCARD_REASONS = ["another_login", "sign_in_refused"] as const
export type LoginDiscardReason = (typeof LOGIN_DISCARD_REASONS)[number]

/**
 * How a discard ended: deleted at Flinks; already gone (Flinks no longer knew the login); or kept,
 * because by then a connection of this store used the login.
 */
export const LOGIN_DISCARD_OUTCOMES = ["deleted", "already_gone", "kept"] as const

/** MFA request status: pending -> notified -> resumed | expired | failed. */
export const MFA_REQUEST_STATUSES = ["pending", "notified", "resumed", "expired", "failed"] as const
export type MfaRequestStatus = (typeof MFA_REQUEST_STATUSES)[number]

export const SYNC_TRIGGERS = ["link", "schedule", "manual", "resume"] as const
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number]

/** What a run does: import a connection's lines, or ask the bank whether it wants MFA (Check Now). */
export const SYNC_RUN_KINDS = ["import", "mfa_check"] as const
export type SyncRunKind = (typeof SYNC_RUN_KINDS)[number]

/**
 * Sync run status, a state machine:
 *   queued -> running -> succeeded | partial (some accounts failed) | failed
 *   queued | running -> interrupted (the process running it died; closed by the sweep)
 */
export const SYNC_RUN_STATUSES = ["queued", "running", "succeeded", "partial", "failed", "interrupted"] as const
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number]
export const ACTIVE_SYNC_RUN_STATUSES = ["queued", "running"] as const

/** Where a running run is, for the screens that follow it. */
export const SYNC_RUN_PHASES = ["queued", "signing_in", "waiting_for_answer", "waiting_for_flinks", "writing"] as const

/**
 * How a run reads the bank: "cached" reads Flinks' copy (the schedule, a link); "live" signs in at
 * the bank while the merchant is there to answer its question (Refresh Transactions).
 */
export const SYNC_RUN_SIGN_INS = ["cached", "live"] as const

/**
 * The bank's question during a live run: asked (the run waits for the merchant), answered (in
 * Connect, the run reads the fresh data), declined (closed, or not answered in time: the run
 * imports what Flinks already held).
 */
export const SYNC_RUN_QUESTION_STATES = ["asked", "answered", "declined"] as const

/** The Detailed View's sort orders: a column, descending with a leading "-". */
export const TRANSACTION_ORDERS = ["date", "-date", "amount", "-amount", "description", "-description"] as const
export type TransactionOrder = (typeof TRANSACTION_ORDERS)[number]

import type { FlinksProviderId } from "./module/constants"
import type { WorkflowData } from "@medusajs/framework/workflows-sdk"

/**
 * Events the plugin emits, for other plugins to subscribe to. Payloads carry ids only: read the
 * rest through Query (`bank_connection`, `bank_account`, ...) so no credential travels on the bus.
 */
export const BankingEvents = {
  CONNECTION_CREATED: "banking.connection.created",
  CONNECTION_MFA_REQUIRED: "banking.connection.mfa_required",
  CONNECTION_RESUMED: "banking.connection.resumed",
  CONNECTION_DELETED: "banking.connection.deleted",
  FEED_LINKED: "banking.feed.linked",
  FEED_UNLINKED: "banking.feed.unlinked",
  TRANSACTIONS_IMPORTED: "banking.transactions.imported",
  SYNC_REQUESTED: "banking.sync.requested",
  SYNC_FAILED: "banking.sync.failed",
  TRANSACTION_RECONCILED: "banking.transaction.reconciled",
} as const

export type BankingEventName = (typeof BankingEvents)[keyof typeof BankingEvents]

/**
 * banking.connection.created: a bank login was connected for the first time. Emitted by
 * `completeConnectionWorkflow` when Connect's REDIRECT stores a login not seen before (signing in
 * again to a known login refreshes its accounts and emits nothing).
 */
export type BankConnectionCreatedPayload = {
  id: string
  provider: FlinksProviderId
  account_ids: string[]
}

/**
 * banking.connection.deleted: the login was deleted at Flinks and the connection removed. Emitted
 * by `deleteBankConnectionWorkflow` (Delete Account in Manage Added Accounts).
 */
export type BankConnectionDeletedPayload = {
  id: string
  provider: FlinksProviderId
  account_ids: string[]
  /** The admin user who deleted it. */
  deleted_by: string | null
  deleted_at: string
  /** Whether the lines already imported were kept (readable through their unlinked feeds). */
  transactions_kept: boolean
}

/**
 * banking.transaction.reconciled: lines were reconciled, excluded, or set back to unreconciled.
 * Emitted by `setTransactionStatusWorkflow` (the Statement Centre) when at least one line changed;
 * `ids` are the lines that did.
 */
export type BankTransactionReconciledPayload = {
  ids: string[]
  status: "reconciled" | "excluded" | "unreconciled"
  /** The admin user who did it. */
  actor_id: string | null
}

/**
 * banking.connection.mfa_required: a bank asks for MFA; the recipients are due a message. Emitted
 * by `announceMfaEpisode` (the background check, Check Now, an import meeting the bank's question,
 * Flinks' nightly status) the first time, then at most once per reminder interval. The plugin's own
 * subscriber sends the resume email.
 */
export type BankConnectionMfaRequiredPayload = {
  id: string
  mfa_request_id: string
  /** False the first time an episode is detected, true for a reminder. */
  reminder: boolean
}

/**
 * banking.connection.resumed: the bank let the login in again; the MFA episode is closed. Emitted
 * by `endMfaEpisode` (Edit Credentials, a resume link, a background check the bank let in) when it
 * closed at least one open MFA request.
 */
export type BankConnectionResumedPayload = {
  id: string
  mfa_request_ids: string[]
  /** The admin user who answered the bank, or null when the bank let a background check in. */
  actor_id: string | null
}

/**
 * banking.sync.requested: an import or a bank check was queued (Link, Refresh Transactions, Check
 * Now), emitted by `requestSyncRunWorkflow` for a new run started in the background. The plugin's own
 * subscriber runs it, on the worker when there is one; follow it through
 * `GET /admin/banking/sync-runs/:id`.
 */
export type BankSyncRequestedPayload = {
  id: string
  connection_id: string
  kind: "import" | "mfa_check"
}

/**
 * banking.feed.linked: a bank account was linked to a ledger account; its first import is queued
 * next. Emitted by `linkBankFeedWorkflow` (Link Bank Feeds).
 */
export type BankFeedLinkedPayload = {
  id: string
  bank_account_id: string
  ledger_account_id: string
}

/**
 * banking.feed.unlinked: a feed stopped importing; the lines it brought stay. Emitted by
 * `unlinkBankFeedWorkflow` (Link Bank Feeds, Manage Added Accounts).
 */
export type BankFeedUnlinkedPayload = {
  id: string
  bank_account_id: string
}

/**
 * banking.transactions.imported: an import brought new lines for one feed (one event per feed that
 * got at least one). Emitted by `importBankTransactionsWorkflow` once the run's lines are written.
 */
export type BankTransactionsImportedPayload = {
  feed_id: string
  bank_account_id: string
  /** The statement the new lines belong to (the Statement Centre's Header View). */
  statement_id: string | null
  sync_run_id: string
  inserted: number
  duplicates: number
}

/**
 * banking.sync.failed: an import could not bring one feed's lines (one event per failed feed).
 * Emitted by `importBankTransactionsWorkflow`; the run stays readable at
 * `GET /admin/banking/sync-runs/:id`.
 */
export type BankSyncFailedPayload = {
  feed_id: string
  sync_run_id: string
  /** Why, as a code ("mfa_required", "institution_unavailable", ...). */
  reason: string | null
  /** The sentence the merchant reads. */
  message: string | null
}

/** Every event the plugin emits, with the payload its subscribers receive. */
export type BankingEventPayloads = {
  [BankingEvents.CONNECTION_CREATED]: BankConnectionCreatedPayload
  [BankingEvents.CONNECTION_MFA_REQUIRED]: BankConnectionMfaRequiredPayload
  [BankingEvents.CONNECTION_RESUMED]: BankConnectionResumedPayload
  [BankingEvents.CONNECTION_DELETED]: BankConnectionDeletedPayload
  [BankingEvents.FEED_LINKED]: BankFeedLinkedPayload
  [BankingEvents.FEED_UNLINKED]: BankFeedUnlinkedPayload
  [BankingEvents.TRANSACTIONS_IMPORTED]: BankTransactionsImportedPayload
  [BankingEvents.SYNC_REQUESTED]: BankSyncRequestedPayload
  [BankingEvents.SYNC_FAILED]: BankSyncFailedPayload
  [BankingEvents.TRANSACTION_RECONCILED]: BankTransactionReconciledPayload
}

/**
 * What an emit site hands `emitEventStep` as `data` for event `E`: its payload, or a list of them
 * (one event each). Written `data: transform(...) satisfies BankingEventData<typeof BankingEvents.X>`
 * so a payload cannot drift from its type.
 */
export type BankingEventData<E extends BankingEventName> =
  | WorkflowData<BankingEventPayloads[E]>
  | WorkflowData<BankingEventPayloads[E][]>

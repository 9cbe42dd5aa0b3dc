import type { FlinksProviderId } from "./module/constants"

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

/** banking.connection.created: a bank login was connected for the first time. */
export type BankConnectionCreatedPayload = {
  id: string
  provider: FlinksProviderId
  account_ids: string[]
}

/** banking.connection.deleted: the login was deleted at Flinks and the connection removed. */
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

/** banking.transaction.reconciled: lines were reconciled, excluded, or set back to unreconciled. */
export type BankTransactionReconciledPayload = {
  ids: string[]
  status: "reconciled" | "excluded" | "unreconciled"
  /** The admin user who did it. */
  actor_id: string | null
}

/** banking.connection.mfa_required: a bank asks for MFA; the recipients are due a message. */
export type BankConnectionMfaRequiredPayload = {
  id: string
  mfa_request_id: string
  /** False the first time an episode is detected, true for a reminder. */
  reminder: boolean
}

/** banking.connection.resumed: the bank let the login in again; the MFA episode is closed. */
export type BankConnectionResumedPayload = {
  id: string
  mfa_request_ids: string[]
  /** The admin user who answered the bank, or null when the bank let a background check in. */
  actor_id: string | null
}

/**
 * banking.sync.requested: an import or a bank check was queued (Link, Refresh Transactions, Check
 * Now). The plugin's own subscriber runs it, on the worker when there is one; follow it through
 * `GET /admin/banking/sync-runs/:id`.
 */
export type BankSyncRequestedPayload = {
  id: string
  connection_id: string
  kind: "import" | "mfa_check"
}

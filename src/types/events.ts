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
  SYNC_FAILED: "banking.sync.failed",
  TRANSACTION_RECONCILED: "banking.transaction.reconciled",
} as const

export type BankingEventName = (typeof BankingEvents)[keyof typeof BankingEvents]

/** banking.connection.created: a bank login was connected for the first time. */
export type BankConnectionCreatedPayload = {
  id: string
  provider: "flinks-ca" | "flinks-us"
  account_ids: string[]
}

import type { ConnectionStatus } from "../module/constants"
import type {
  AdminBankData,
  AdminBankingDeleteResponse,
  AdminBankingPage,
  AdminBankingPageParams,
  AdminBankingProviderId,
  AdminCalendarDate,
  AdminConnectionNaming,
  AdminDateTime,
} from "./common"
import type { AdminConnectSession } from "./flinks-connect"
import type { AdminSyncRun, AdminSyncRunKind, AdminSyncRunStatus } from "./sync-runs"

/** What names a connected bank account on every screen that lists one. */
export type AdminBankAccountIdentity = {
  id: string
  title: string
  account_number_masked: string | null
  type: string
  category: string
  currency_code: string
}

/** A connected bank account, as the connection lists it. */
export type AdminBankAccountSummary = AdminBankAccountIdentity & {
  balance_current: number | string | null
  balance_available: number | string | null
}

/** The feed currently linked to a bank account: where its transactions post. */
export type AdminLinkedFeedSummary = {
  id: string
  start_date: AdminCalendarDate
  last_import_at: AdminDateTime | null
  ledger_account: { id: string; code: string; name: string }
}

/** Lines an account kept from a feed it no longer has; `feed_id` opens them in the Statement Centre. */
export type AdminKeptLines = { count: number; feed_id: string }

/** A bank account as Manage Added Accounts lists it, with its linked feed (null when none). */
export type AdminBankConnectionAccount = AdminBankAccountSummary & {
  feed: AdminLinkedFeedSummary | null
  /** Set only while no feed is linked and an earlier one left lines. */
  kept_lines: AdminKeptLines | null
}

/** Every connection status but "disconnected": a deleted connection is not listed. */
export type AdminConnectionHealthState = Exclude<ConnectionStatus, "disconnected">

/** How the connection is doing, as the server judges it from its status and its last import. */
export type AdminConnectionHealth = { state: AdminConnectionHealthState; reason: string | null }

/** The connection's last run: an import, or a bank check (Check Now, the MFA schedule). */
export type AdminConnectionLastSync = {
  id: string
  kind: AdminSyncRunKind
  status: AdminSyncRunStatus
  trigger: string
  started_at: AdminDateTime
  finished_at: AdminDateTime | null
  inserted_count: number
  error_message: string | null
  /** The truth about "still going": false once it ended or its process died, whatever `status` says. */
  in_progress: boolean
}

/** A connection as the admin sees it: never its LoginId, encrypted or hashed. */
export type AdminBankConnection = AdminConnectionNaming & {
  id: string
  provider: AdminBankingProviderId
  institution_name: string
  institution_id: string | null
  login_type: string | null
  status: string
  status_reason: string | null
  last_success_at: AdminDateTime | null
  last_attempt_at: AdminDateTime | null
  provider_refreshed_at: AdminDateTime | null
  consent_accepted_at: AdminDateTime | null
  consent_version: string | null
  created_at: AdminDateTime
  updated_at: AdminDateTime
  accounts: AdminBankConnectionAccount[]
  health: AdminConnectionHealth
  /** How old Flinks' copy of this login is: "Bank data as of …", stale past `sync.staleAfterHours`. */
  bank_data: AdminBankData
  last_sync: AdminConnectionLastSync | null
}

/** GET /admin/banking/connections: newest first, a page and nothing else. */
export type AdminBankConnectionListParams = AdminBankingPageParams

/** GET /admin/banking/connections */
export type AdminBankConnectionsResponse = AdminBankingPage & { connections: AdminBankConnection[] }

/** DELETE /admin/banking/connections/:id: "true" keeps the imported transactions, "false" removes them too. */
export type AdminDeleteBankConnectionParams = { keep_transactions: "true" | "false" }

/** DELETE /admin/banking/connections/:id */
export type AdminDeleteBankConnectionResponse = AdminBankingDeleteResponse<"bank_connection"> & {
  transactions_kept: boolean
}

/**
 * Edit Credentials (POST /admin/banking/connections/:id/reconnect): either the bank took the saved
 * sign-in, or Flinks Connect must be shown.
 */
export type AdminReconnectBankConnectionResponse =
  | { outcome: "active"; connection: AdminBankConnection }
  | {
      outcome: "connect"
      /** "mfa": the bank asks a question; "sign_in": the bank wants the username and password again. */
      step: "mfa" | "sign_in"
      connect_session: AdminConnectSession
    }

/**
 * Check Now (POST /admin/banking/connections/:id/check): the bank check, started (202) or already
 * running (200); follow `sync_run` to its end.
 */
export type AdminCheckBankConnectionResponse = { sync_run: AdminSyncRun; connection: AdminBankConnection }

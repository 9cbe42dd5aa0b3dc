import type {
  AdminBankData,
  AdminBankingProviderId,
  AdminCalendarDate,
  AdminConnectionNaming,
  AdminDateTime,
} from "./common"
import type { AdminBankAccountIdentity } from "./connections"
import type { AdminSyncRun, AdminSyncRunPhase, AdminSyncRunQuestion, AdminSyncRunStatus } from "./sync-runs"

/**
 * How many days back a feed's start date may reach (Flinks keeps at most that much history): the
 * link route refuses an earlier date, and the admin says so before the merchant submits.
 */
export { FLINKS_HISTORY_DAYS } from "../../lib/flinks/history-window"

/** A connected bank account no linked feed imports yet ("Bank Account Feeds"). */
export type AdminAvailableBankAccount = AdminConnectionNaming &
  AdminBankAccountIdentity & {
    institution_name: string
    provider: AdminBankingProviderId
  }

/** The bank account a feed imports from. */
export type AdminBankFeedAccount = AdminConnectionNaming & {
  id: string
  title: string
  account_number_masked: string | null
  type: string
  currency_code: string
  institution_name: string
  /** Flinks Canada or Flinks USA: the same bank on both reads alike without it. */
  provider: AdminBankingProviderId
  /** The account's connection was deleted (Manage Added Accounts); its lines were kept. */
  removed: boolean
}

/** The feed's last import (its connection's, when it covered this feed). */
export type AdminBankFeedLastSync = {
  id: string
  status: AdminSyncRunStatus
  /** The truth about "still going": false once it ended or its process died, whatever `status` says. */
  in_progress: boolean
  phase: AdminSyncRunPhase | null
  question: AdminSyncRunQuestion | null
  finished_at: AdminDateTime | null
  inserted_count: number
  error_message: string | null
}

/**
 * A feed as Link Bank Feeds and the Statement Centre list it: the bank account and ledger account
 * it joins, when it last imported, how many lines it brought and how its last import ended.
 */
export type AdminBankFeed = {
  id: string
  status: "linked" | "unlinked"
  start_date: AdminCalendarDate
  high_water_date: AdminCalendarDate | null
  last_import_at: AdminDateTime | null
  linked_at: AdminDateTime | null
  unlinked_at: AdminDateTime | null
  line_count: number
  /** How old Flinks' copy of the account is: "0 new lines" means little on stale data. */
  bank_data: AdminBankData
  bank_account: AdminBankFeedAccount
  ledger_account: { id: string; code: string; name: string; currency_code: string }
  last_sync: AdminBankFeedLastSync | null
}

/** POST /admin/banking/feeds */
export type AdminLinkBankFeed = {
  bank_account_id: string
  ledger_account_id: string
  start_date: AdminCalendarDate
}

/** Which feeds a list holds: linked ones, unlinked ones (their lines kept), or both. */
export type AdminBankFeedListStatus = "linked" | "unlinked" | "all"

/** GET /admin/banking/feeds */
export type AdminBankFeedListParams = {
  /** "linked" when left out. */
  status?: AdminBankFeedListStatus
  /** Words found in the bank, the account (title or number) or the ledger account (code or name). */
  q?: string
}

/** GET /admin/banking/feeds */
export type AdminBankFeedsResponse = { feeds: AdminBankFeed[] }

/** POST /admin/banking/feeds/:id/unlink */
export type AdminBankFeedResponse = { feed: AdminBankFeed }

/** GET /admin/banking/feeds/available-accounts */
export type AdminAvailableBankAccountsResponse = { bank_accounts: AdminAvailableBankAccount[] }

/**
 * POST /admin/banking/feeds: the feed is linked; its first import runs in the background
 * (`sync_run`), or could not start (`sync_run` null, `sync_error` says why: another import of the
 * connection runs, say).
 */
export type AdminLinkBankFeedResponse = {
  feed: AdminBankFeed
  sync_run: AdminSyncRun | null
  sync_error: string | null
  notice: string | null
}

/**
 * Refresh Transactions (POST /admin/banking/feeds/:id/refresh): 202 with a new run, or 200 with
 * the one already running (two clicks, one import).
 */
export type AdminRefreshBankFeedResponse = { feed: AdminBankFeed; sync_run: AdminSyncRun }

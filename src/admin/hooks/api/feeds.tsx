import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { LedgerAccount, ledgerAccountKeys } from "./ledger-accounts"
import type { BankData, BankingProvider, SyncRun, SyncRunFeedOutcome, SyncRunPhase, SyncRunStatus } from "./types"

/** Shapes of /admin/banking/feeds, as the Link Bank Feeds screen uses them. */

/** A connected bank account no linked feed imports yet ("Bank Account Feeds"). */
export type AvailableBankAccount = {
  id: string
  title: string
  account_number_masked: string | null
  type: string
  currency_code: string
  institution_name: string
  provider: BankingProvider["id"]
}

/** The feed's last import (its connection's, when it covered this feed). */
export type LastSync = {
  id: string
  status: SyncRunStatus
  /** The truth about "still going": false once it ended or its process died, whatever `status` says. */
  in_progress: boolean
  phase: SyncRunPhase | null
  finished_at: string | null
  inserted_count: number
  error_message: string | null
}

export type BankFeed = {
  id: string
  status: "linked" | "unlinked"
  start_date: string
  high_water_date: string | null
  last_import_at: string | null
  line_count: number
  bank_account: Pick<
    AvailableBankAccount,
    "id" | "title" | "account_number_masked" | "currency_code" | "institution_name" | "provider"
  >
  ledger_account: Pick<LedgerAccount, "id" | "code" | "name" | "currency_code">
  last_sync: LastSync | null
  /** How old Flinks' copy of this feed's login is. */
  bank_data: BankData
}

/** How one import of a feed went: its share of the run. */
export type FeedSync = Omit<SyncRunFeedOutcome, "feed_id">

export type LinkBankFeedBody = { bank_account_id: string; ledger_account_id: string; start_date: string }
/**
 * The feed is linked; its first import runs in the background (`sync_run`), or could not start
 * (`sync_run` null, `sync_error` says why: another import of the connection runs, say).
 */
export type LinkBankFeedResponse = {
  feed: BankFeed
  sync_run: SyncRun | null
  sync_error: string | null
  notice: string | null
}
/** 202 with a new run, or 200 with the one already running (two clicks, one import). */
export type RefreshBankFeedResponse = { feed: BankFeed; sync_run: SyncRun }

const BASE = "/admin/banking/feeds"

export const bankFeedKeys = {
  all: ["banking", "feeds"] as const,
  list: () => [...bankFeedKeys.all, "list"] as const,
  availableAccounts: () => [...bankFeedKeys.all, "available-accounts"] as const,
}

export function useBankFeeds() {
  return useQuery({
    queryKey: bankFeedKeys.list(),
    queryFn: () => sdk.client.fetch<{ feeds: BankFeed[] }>(BASE),
  })
}

export function useAvailableBankAccounts() {
  return useQuery({
    queryKey: bankFeedKeys.availableAccounts(),
    queryFn: () => sdk.client.fetch<{ bank_accounts: AvailableBankAccount[] }>(`${BASE}/available-accounts`),
  })
}

/**
 * The active ledger accounts a feed in this currency may post to (asset or liability: the server
 * decides which types). Keyed under the chart's own keys, so that a change made on the Chart of
 * Accounts page refreshes this list too.
 */
export function useFeedLedgerAccounts(currencyCode: string | undefined) {
  return useQuery({
    queryKey: [...ledgerAccountKeys.all, "feed-choices", currencyCode] as const,
    queryFn: () =>
      sdk.client.fetch<{ ledger_accounts: LedgerAccount[]; count: number }>("/admin/banking/ledger-accounts", {
        query: { currency_code: currencyCode!, feed_target: "true", limit: 100 },
      }),
    enabled: Boolean(currencyCode),
  })
}

/**
 * Linking, refreshing and unlinking change the list of feeds, which accounts are free, and the
 * connections (each account shows its feed; an import changes the connection's health).
 * Refetched after a failure too: linking can fail in its first import after the feed was linked.
 */
function useFeedMutation<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: bankFeedKeys.all }),
        queryClient.invalidateQueries({ queryKey: bankConnectionKeys.all }),
      ]),
  })
}

/** Links, and starts the first import in the background: the answer comes at once, with its run. */
export function useLinkBankFeed() {
  return useFeedMutation((body: LinkBankFeedBody) =>
    sdk.client.fetch<LinkBankFeedResponse>(BASE, { method: "POST", body })
  )
}

/** Starts an import of what is new; the answer comes at once, with the run to follow. */
export function useRefreshBankFeed() {
  return useFeedMutation((id: string) =>
    sdk.client.fetch<RefreshBankFeedResponse>(`${BASE}/${id}/refresh`, { method: "POST" })
  )
}

export function useUnlinkBankFeed() {
  return useFeedMutation((id: string) =>
    sdk.client.fetch<{ feed: BankFeed }>(`${BASE}/${id}/unlink`, { method: "POST" })
  )
}

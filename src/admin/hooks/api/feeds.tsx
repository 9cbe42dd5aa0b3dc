import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { ledgerAccountKeys } from "./ledger-accounts"
import type {
  AdminAvailableBankAccountsResponse,
  AdminBankFeedResponse,
  AdminBankFeedsResponse,
  AdminLedgerAccountsResponse,
  AdminLinkBankFeed,
  AdminLinkBankFeedResponse,
  AdminRefreshBankFeedResponse,
} from "../../../types/http"

const BASE = "/admin/banking/feeds"

export const bankFeedKeys = {
  all: ["banking", "feeds"] as const,
  list: () => [...bankFeedKeys.all, "list"] as const,
  availableAccounts: () => [...bankFeedKeys.all, "available-accounts"] as const,
}

export function useBankFeeds() {
  return useQuery({
    queryKey: bankFeedKeys.list(),
    queryFn: () => sdk.client.fetch<AdminBankFeedsResponse>(BASE),
  })
}

export function useAvailableBankAccounts() {
  return useQuery({
    queryKey: bankFeedKeys.availableAccounts(),
    queryFn: () => sdk.client.fetch<AdminAvailableBankAccountsResponse>(`${BASE}/available-accounts`),
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
      sdk.client.fetch<AdminLedgerAccountsResponse>("/admin/banking/ledger-accounts", {
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
  return useFeedMutation((body: AdminLinkBankFeed) =>
    sdk.client.fetch<AdminLinkBankFeedResponse>(BASE, { method: "POST", body })
  )
}

/** Starts an import of what is new; the answer comes at once, with the run to follow. */
export function useRefreshBankFeed() {
  return useFeedMutation((id: string) =>
    sdk.client.fetch<AdminRefreshBankFeedResponse>(`${BASE}/${id}/refresh`, { method: "POST" })
  )
}

export function useUnlinkBankFeed() {
  return useFeedMutation((id: string) =>
    sdk.client.fetch<AdminBankFeedResponse>(`${BASE}/${id}/unlink`, { method: "POST" })
  )
}

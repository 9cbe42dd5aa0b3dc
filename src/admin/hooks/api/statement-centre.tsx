import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { bankFeedKeys } from "./feeds"
import type {
  AdminBankFeedBalancesResponse,
  AdminBankFeedListStatus,
  AdminBankFeedsResponse,
  AdminBankStatementsResponse,
  AdminBankTransactionListParams,
  AdminBankTransactionsResponse,
  AdminDeleteBankStatementResponse,
  AdminDeleteBankTransactions,
  AdminDeleteBankTransactionsResponse,
  AdminRefreshBankFeedResponse,
  AdminSetBankTransactionStatus,
  AdminSetBankTransactionStatusResponse,
} from "../../../types/http"

/** The Detailed View's query: its filters, its order and the page (by cursor, or by offset). */
type LinesQuery = AdminBankTransactionListParams & { limit: number }

const FEEDS = "/admin/banking/feeds"

/**
 * Under the feeds' own keys, so that Link Bank Feeds' refresh or unlink refreshes these as well,
 * and a change here refreshes its list (line counts).
 */
export const statementCentreKeys = {
  all: [...bankFeedKeys.all, "statement-centre"] as const,
  feeds: (query: { status: AdminBankFeedListStatus; q: string }) =>
    [...statementCentreKeys.all, "feeds", query] as const,
  feed: (feedId: string) => [...statementCentreKeys.all, "feed", feedId] as const,
  statements: (feedId: string, page: { limit: number; offset: number }) =>
    [...statementCentreKeys.feed(feedId), "statements", page] as const,
  lines: (feedId: string, query: LinesQuery) => [...statementCentreKeys.feed(feedId), "lines", query] as const,
  balances: (feedId: string) => [...statementCentreKeys.feed(feedId), "balances"] as const,
}

function withoutEmpty<T extends Record<string, unknown>>(query: T): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Record<
    string,
    string | number
  >
}

/** Feeds whose bank, account or ledger account holds every word of `q`. */
export function useCentreFeeds(query: { status: AdminBankFeedListStatus; q: string }) {
  return useQuery({
    queryKey: statementCentreKeys.feeds(query),
    queryFn: () => sdk.client.fetch<AdminBankFeedsResponse>(FEEDS, { query: withoutEmpty(query) }),
    placeholderData: keepPreviousData,
  })
}

/** One feed, found whatever its status (the one named in the address may be unlinked). */
export function useCentreFeed(feedId: string | undefined) {
  return useQuery({
    queryKey: statementCentreKeys.feeds({ status: "all", q: "" }),
    queryFn: () => sdk.client.fetch<AdminBankFeedsResponse>(FEEDS, { query: { status: "all" } }),
    enabled: Boolean(feedId),
    select: (data) => data.feeds.find((feed) => feed.id === feedId) ?? null,
  })
}

export function useFeedStatements(feedId: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: statementCentreKeys.statements(feedId, page),
    queryFn: () => sdk.client.fetch<AdminBankStatementsResponse>(`${FEEDS}/${feedId}/statements`, { query: page }),
    placeholderData: keepPreviousData,
  })
}

/** `enabled` false: the filters cannot match anything, so nothing is asked. */
export function useFeedLines(feedId: string, query: LinesQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: statementCentreKeys.lines(feedId, query),
    queryFn: () =>
      sdk.client.fetch<AdminBankTransactionsResponse>(`${FEEDS}/${feedId}/transactions`, {
        query: withoutEmpty(query),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useFeedBalances(feedId: string) {
  return useQuery({
    queryKey: statementCentreKeys.balances(feedId),
    queryFn: () => sdk.client.fetch<AdminBankFeedBalancesResponse>(`${FEEDS}/${feedId}/balances`),
  })
}

/** Who reconciled a line: the admin user behind the id the server recorded (kept for the session). */
export function useAdminUser(userId: string | null) {
  return useQuery({
    queryKey: ["banking", "admin-user", userId],
    queryFn: () => sdk.admin.user.retrieve(userId!, { fields: "id,email,first_name,last_name" }),
    enabled: Boolean(userId),
    staleTime: Infinity,
    retry: false,
  })
}

/**
 * Every change here moves counts the feed lists and the statements show, and an import changes the
 * connection's health too: refetch all of them, after a failure as well (a refused delete may
 * follow a change someone else made).
 */
function useCentreMutation<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
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

export function useSetLineStatus() {
  return useCentreMutation((body: AdminSetBankTransactionStatus) =>
    sdk.client.fetch<AdminSetBankTransactionStatusResponse>("/admin/banking/transactions/status", {
      method: "POST",
      body,
    })
  )
}

export function useDeleteLines() {
  return useCentreMutation((body: AdminDeleteBankTransactions) =>
    sdk.client.fetch<AdminDeleteBankTransactionsResponse>("/admin/banking/transactions/delete", {
      method: "POST",
      body,
    })
  )
}

export function useDeleteStatement() {
  return useCentreMutation(({ id, confirm_reconciled }: { id: string; confirm_reconciled: boolean }) =>
    sdk.client.fetch<AdminDeleteBankStatementResponse>(`/admin/banking/statements/${id}`, {
      method: "DELETE",
      query: { confirm_reconciled: String(confirm_reconciled) },
    })
  )
}

/** Refresh Transactions: starts the feed's import in the background; the answer carries its run. */
export function useRefreshTransactions() {
  return useCentreMutation((feedId: string) =>
    sdk.client.fetch<AdminRefreshBankFeedResponse>(`${FEEDS}/${feedId}/refresh`, { method: "POST" })
  )
}

/** Paths of the downloads, with the query each takes. */
export const downloads = {
  statement: (statementId: string) => `/admin/banking/statements/${statementId}/export`,
  lines: (feedId: string) => `${FEEDS}/${feedId}/transactions/export`,
}

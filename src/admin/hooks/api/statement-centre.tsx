import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { LineOrder } from "../../lib/statement-centre-params"
import { bankConnectionKeys } from "./connection-keys"
import { BankFeed, bankFeedKeys, FeedSync } from "./feeds"
import type { SyncRun } from "./types"

/** Shapes of the Bank Statement Centre's routes (feeds, statements, lines, balances, refresh). */

/** A feed as the Statement Centre finds it; `removed`: its connection was deleted, its lines kept. */
export type CentreFeed = BankFeed & {
  bank_account: BankFeed["bank_account"] & { type: string; removed: boolean }
}

export type FeedListStatus = "linked" | "unlinked" | "all"

export type StatementStatus = "unreconciled" | "in_progress" | "reconciled"

/** One import's worth of lines (Header View), with totals and progress from its live lines. */
export type BankStatement = {
  id: string
  period_start: string
  period_end: string
  opening_balance: string | null
  closing_balance: string | null
  total_debits: string
  total_credits: string
  transaction_count: number
  reconciled_count: number
  excluded_count: number
  status: StatementStatus
  currency_code: string
  created_at: string
}

export type LineStatus = "unreconciled" | "reconciled" | "excluded" | "possible_duplicate"

/** One bank line (Detailed View); money as exact decimal text, the date a bank calendar date. */
export type BankLine = {
  id: string
  date: string
  description: string
  debit: string | null
  credit: string | null
  running_balance: string | null
  status: LineStatus
  statement_id: string | null
  provider_transaction_id: string
  currency_code: string
  /** When and by whom (an admin user id) the line was reconciled or excluded. */
  reconciled_at: string | null
  reconciled_by: string | null
}

export { LINE_ORDERS } from "../../lib/statement-centre-params"
export type { LineOrder } from "../../lib/statement-centre-params"

/** The Detailed View's filters, as the list and the download take them. */
export type LineFilters = {
  statement_id?: string
  date_from?: string
  date_to?: string
  amount_min?: string
  amount_max?: string
  /** Comma-separated statuses. */
  status?: string
  q?: string
  sort?: LineOrder
}

export type BalancePoint = { date: string; balance: string }

/** How a Refresh Transactions went; `code` says why it failed ("mfa_required": the bank asks). */
export type RefreshSync = FeedSync
/** 202 with a new run, or 200 with the one already running (two clicks, one import). */
export type RefreshResponse = { feed: CentreFeed; sync_run: SyncRun }

type Page = { count: number; offset: number; limit: number }

const FEEDS = "/admin/banking/feeds"

/**
 * Under the feeds' own keys, so that Link Bank Feeds' refresh or unlink refreshes these as well,
 * and a change here refreshes its list (line counts).
 */
export const statementCentreKeys = {
  all: [...bankFeedKeys.all, "statement-centre"] as const,
  feeds: (query: { status: FeedListStatus; q: string }) => [...statementCentreKeys.all, "feeds", query] as const,
  feed: (feedId: string) => [...statementCentreKeys.all, "feed", feedId] as const,
  statements: (feedId: string, page: { limit: number; offset: number }) =>
    [...statementCentreKeys.feed(feedId), "statements", page] as const,
  lines: (feedId: string, query: LineFilters & { limit: number; offset: number }) =>
    [...statementCentreKeys.feed(feedId), "lines", query] as const,
  balances: (feedId: string) => [...statementCentreKeys.feed(feedId), "balances"] as const,
}

function withoutEmpty<T extends Record<string, unknown>>(query: T): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Record<
    string,
    string | number
  >
}

/** Feeds whose bank, account or ledger account holds every word of `q`. */
export function useCentreFeeds(query: { status: FeedListStatus; q: string }) {
  return useQuery({
    queryKey: statementCentreKeys.feeds(query),
    queryFn: () => sdk.client.fetch<{ feeds: CentreFeed[] }>(FEEDS, { query: withoutEmpty(query) }),
    placeholderData: keepPreviousData,
  })
}

/** One feed, found whatever its status (the one named in the address may be unlinked). */
export function useCentreFeed(feedId: string | undefined) {
  return useQuery({
    queryKey: statementCentreKeys.feeds({ status: "all", q: "" }),
    queryFn: () => sdk.client.fetch<{ feeds: CentreFeed[] }>(FEEDS, { query: { status: "all" } }),
    enabled: Boolean(feedId),
    select: (data) => data.feeds.find((feed) => feed.id === feedId) ?? null,
  })
}

export function useFeedStatements(feedId: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: statementCentreKeys.statements(feedId, page),
    queryFn: () =>
      sdk.client.fetch<{ statements: BankStatement[] } & Page>(`${FEEDS}/${feedId}/statements`, { query: page }),
    placeholderData: keepPreviousData,
  })
}

/** `enabled` false: the filters cannot match anything, so nothing is asked. */
export function useFeedLines(feedId: string, query: LineFilters & { limit: number; offset: number }, enabled = true) {
  return useQuery({
    enabled,
    queryKey: statementCentreKeys.lines(feedId, query),
    queryFn: () =>
      sdk.client.fetch<{ transactions: BankLine[] } & Page>(`${FEEDS}/${feedId}/transactions`, {
        query: withoutEmpty(query),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useFeedBalances(feedId: string) {
  return useQuery({
    queryKey: statementCentreKeys.balances(feedId),
    queryFn: () => sdk.client.fetch<{ currency_code: string; balances: BalancePoint[] }>(`${FEEDS}/${feedId}/balances`),
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

export type LineStatusChange = { ids: string[]; status: "reconciled" | "excluded" | "unreconciled" }

export function useSetLineStatus() {
  return useCentreMutation((body: LineStatusChange) =>
    sdk.client.fetch<{ status: LineStatusChange["status"]; updated: number; unchanged: number }>(
      "/admin/banking/transactions/status",
      { method: "POST", body }
    )
  )
}

export function useDeleteLines() {
  return useCentreMutation((body: { ids: string[]; confirm_reconciled: boolean }) =>
    sdk.client.fetch<{ deleted: number }>("/admin/banking/transactions/delete", { method: "POST", body })
  )
}

export function useDeleteStatement() {
  return useCentreMutation(({ id, confirm_reconciled }: { id: string; confirm_reconciled: boolean }) =>
    sdk.client.fetch<{ id: string; object: "bank_statement"; deleted: true; deleted_lines: number }>(
      `/admin/banking/statements/${id}`,
      { method: "DELETE", query: { confirm_reconciled: String(confirm_reconciled) } }
    )
  )
}

/** Refresh Transactions: starts the feed's import in the background; the answer carries its run. */
export function useRefreshTransactions() {
  return useCentreMutation((feedId: string) =>
    sdk.client.fetch<RefreshResponse>(`${FEEDS}/${feedId}/refresh`, { method: "POST" })
  )
}

/** Paths of the downloads, with the query each takes. */
export const downloads = {
  statement: (statementId: string) => `/admin/banking/statements/${statementId}/export`,
  lines: (feedId: string) => `${FEEDS}/${feedId}/transactions/export`,
}

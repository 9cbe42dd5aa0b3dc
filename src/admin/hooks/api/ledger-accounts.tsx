import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/** Shapes of /admin/banking/ledger-accounts, as the Chart of Accounts screen uses them. */

export const LEDGER_ACCOUNT_TYPES = ["asset", "liability", "equity", "revenue", "expense"] as const
export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number]

export type LedgerAccount = {
  id: string
  code: string
  name: string
  type: LedgerAccountType
  currency_code: string
  description: string | null
  archived_at: string | null
  created_at: string
  updated_at: string
}

export type LedgerAccountInput = {
  code: string
  name: string
  type: LedgerAccountType
  currency_code: string
  description?: string | null
}

export type LedgerAccountQuery = {
  q?: string
  currency_code?: string
  include_archived?: boolean
  limit?: number
  offset?: number
}

/** What the import did with each row of the file. */
export type LedgerAccountImportRow = {
  line: number
  code: string
  status: "created" | "refused"
  reason?: string
}

export type LedgerAccountImportReport = {
  created: number
  refused: number
  rows: LedgerAccountImportRow[]
}

type ListResponse = { ledger_accounts: LedgerAccount[]; count: number; offset: number; limit: number }
type OneResponse = { ledger_account: LedgerAccount }

const BASE = "/admin/banking/ledger-accounts"

export const ledgerAccountKeys = {
  all: ["banking", "ledger-accounts"] as const,
  list: (query: LedgerAccountQuery) => [...ledgerAccountKeys.all, "list", query] as const,
}

export function useLedgerAccounts(query: LedgerAccountQuery = {}) {
  return useQuery({
    queryKey: ledgerAccountKeys.list(query),
    queryFn: () => sdk.client.fetch<ListResponse>(BASE, { query: withoutEmpty(query) }),
    // Typing in the search box keeps the current rows on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  })
}

/** Every change to the chart refreshes every list of it (other searches, pages, feed pickers). */
function useChartMutation<TBody, TResult>(request: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerAccountKeys.all }),
  })
}

export function useCreateLedgerAccount() {
  return useChartMutation((body: LedgerAccountInput) => sdk.client.fetch<OneResponse>(BASE, { method: "POST", body }))
}

export function useUpdateLedgerAccount(id: string) {
  return useChartMutation((body: Partial<LedgerAccountInput>) =>
    sdk.client.fetch<OneResponse>(`${BASE}/${id}`, { method: "POST", body })
  )
}

export function useArchiveLedgerAccount() {
  return useChartMutation(({ id, archived }: { id: string; archived: boolean }) =>
    sdk.client.fetch<OneResponse>(`${BASE}/${id}/${archived ? "archive" : "unarchive"}`, { method: "POST" })
  )
}

export function useImportLedgerAccounts() {
  return useChartMutation((body: { csv: string }) =>
    sdk.client.fetch<LedgerAccountImportReport>(`${BASE}/import`, { method: "POST", body })
  )
}

function withoutEmpty(query: LedgerAccountQuery): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Record<
    string,
    string | number | boolean
  >
}

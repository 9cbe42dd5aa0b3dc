import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type {
  AdminCreateLedgerAccount,
  AdminImportLedgerAccounts,
  AdminLedgerAccountImportResponse,
  AdminLedgerAccountListParams,
  AdminLedgerAccountResponse,
  AdminLedgerAccountsResponse,
  AdminUpdateLedgerAccount,
} from "../../../types/http"

const BASE = "/admin/banking/ledger-accounts"

export const ledgerAccountKeys = {
  all: ["banking", "ledger-accounts"] as const,
  list: (query: AdminLedgerAccountListParams) => [...ledgerAccountKeys.all, "list", query] as const,
}

export function useLedgerAccounts(query: AdminLedgerAccountListParams = {}) {
  return useQuery({
    queryKey: ledgerAccountKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminLedgerAccountsResponse>(BASE, { query: withoutEmpty(query) }),
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
  return useChartMutation((body: AdminCreateLedgerAccount) =>
    sdk.client.fetch<AdminLedgerAccountResponse>(BASE, { method: "POST", body })
  )
}

export function useUpdateLedgerAccount(id: string) {
  return useChartMutation((body: AdminUpdateLedgerAccount) =>
    sdk.client.fetch<AdminLedgerAccountResponse>(`${BASE}/${id}`, { method: "POST", body })
  )
}

export function useArchiveLedgerAccount() {
  return useChartMutation(({ id, archived }: { id: string; archived: boolean }) =>
    sdk.client.fetch<AdminLedgerAccountResponse>(`${BASE}/${id}/${archived ? "archive" : "unarchive"}`, {
      method: "POST",
    })
  )
}

export function useImportLedgerAccounts() {
  return useChartMutation((body: AdminImportLedgerAccounts) =>
    sdk.client.fetch<AdminLedgerAccountImportResponse>(`${BASE}/import`, { method: "POST", body })
  )
}

function withoutEmpty(query: AdminLedgerAccountListParams): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Record<
    string,
    string | number | boolean
  >
}

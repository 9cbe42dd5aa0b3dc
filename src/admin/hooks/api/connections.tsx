import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { bankFeedKeys } from "./feeds"
import type {
  AdminBankConnectionListParams,
  AdminBankConnectionsResponse,
  AdminCheckBankConnectionResponse,
  AdminDeleteBankConnectionResponse,
  AdminReconnectBankConnectionResponse,
} from "../../../types/http"

export { bankConnectionKeys }

const BASE = "/admin/banking/connections"

/** While a connection's run is in progress its health says "Refreshing"; asked again this often. */
const REFRESHING_POLL_MS = 2000

/**
 * The connections, asked again every two seconds while one of them has a run in progress (an
 * import or a bank check, from this screen or not), so that its health follows the run and the
 * list shows how it ended without a reload.
 */
export function useBankConnections(query: AdminBankConnectionListParams = {}) {
  return useQuery({
    queryKey: bankConnectionKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminBankConnectionsResponse>(BASE, { query }),
    refetchInterval: (current) =>
      current.state.data?.connections.some((connection) => connection.last_sync?.in_progress)
        ? REFRESHING_POLL_MS
        : false,
  })
}

/**
 * A connection's health and its accounts' feeds show on several screens: a change to one
 * refreshes both lists, on screen or not ("all"), so the next screen does not open on old data.
 */
export function useInvalidateBanking() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: bankConnectionKeys.all, refetchType: "all" }),
      queryClient.invalidateQueries({ queryKey: bankFeedKeys.all }),
    ])
}

/**
 * Edit Credentials: the server tries the stored login live. The bank may accept it at once
 * ("active"), or Flinks Connect must be shown for a question or a new sign-in ("connect").
 */
export function useReconnectBankConnection() {
  const invalidate = useInvalidateBanking()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminReconnectBankConnectionResponse>(`${BASE}/${id}/reconnect`, { method: "POST", body: {} }),
    // Even a refusal may have changed the connection's health (the bank now wants MFA, say).
    onSettled: () => invalidate(),
  })
}

/**
 * Check Now: starts the background MFA check of one connection and answers at once with its run.
 * When the bank asks a question the MFA notification recipients are emailed a resume link (once
 * per episode).
 */
export function useCheckBankConnection() {
  const invalidate = useInvalidateBanking()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminCheckBankConnectionResponse>(`${BASE}/${id}/check`, { method: "POST", body: {} }),
    // The health shows "Refreshing" at once; the run's end refetches it again (useSyncRun).
    onSettled: () => invalidate(),
  })
}

/** Deletes the connection and its login at Flinks; the imported lines stay unless asked otherwise. */
export function useDeleteBankConnection() {
  const invalidate = useInvalidateBanking()
  return useMutation({
    mutationFn: ({ id, keepTransactions }: { id: string; keepTransactions: boolean }) =>
      sdk.client.fetch<AdminDeleteBankConnectionResponse>(`${BASE}/${id}`, {
        method: "DELETE",
        query: { keep_transactions: keepTransactions },
      }),
    onSuccess: () => invalidate(),
  })
}

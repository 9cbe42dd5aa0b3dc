import { QueryClient, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { bankFeedKeys } from "./feeds"
import type { AdminSyncRun, AdminSyncRunResponse } from "../../../types/http"

/** How often a run in progress is asked about: often enough for the seconds to count up honestly. */
const POLL_MS = 1000
/** After a failed poll (the server restarting, say), ask again, but less often. */
const RETRY_POLL_MS = 5000

export const syncRunKeys = {
  all: ["banking", "sync-runs"] as const,
  detail: (id: string) => [...syncRunKeys.all, id] as const,
}

/**
 * What a run changes once it ends: the feeds (last import, line counts) with everything the
 * Statement Centre keys under them (statements, lines, balances), and the connections' health.
 * Awaited, so that the outcome and the lists it talks about appear together.
 */
function refetchWhatRunsChange(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: bankFeedKeys.all }),
    queryClient.invalidateQueries({ queryKey: bankConnectionKeys.all, refetchType: "all" }),
  ])
}

/** The answer of the route that started a run: put in the cache so the screen follows it at once. */
export function useRememberSyncRun() {
  const queryClient = useQueryClient()
  return (run: AdminSyncRun) => queryClient.setQueryData(syncRunKeys.detail(run.id), run)
}

/**
 * One import or bank check, asked about every second while it is in progress, then no more: an
 * ended run never changes. The lists it changed are refetched once, when it is first seen ended
 * (here, in the query, so that several screens following the same run refetch them only once).
 */
export function useSyncRun(id: string | null | undefined) {
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: syncRunKeys.detail(id ?? ""),
    queryFn: async () => {
      const { sync_run } = await sdk.client.fetch<AdminSyncRunResponse>(`/admin/banking/sync-runs/${id}`)
      const before = queryClient.getQueryData<AdminSyncRun>(syncRunKeys.detail(id!))
      if (!sync_run.in_progress && (!before || before.in_progress)) await refetchWhatRunsChange(queryClient)
      return sync_run
    },
    enabled: Boolean(id),
    refetchInterval: (query) => {
      if (query.state.data && !query.state.data.in_progress) return false
      return query.state.status === "error" ? RETRY_POLL_MS : POLL_MS
    },
    staleTime: (query) => (query.state.data && !query.state.data.in_progress ? Infinity : 0),
  })
}

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { syncRunKeys } from "./sync-runs"
import type { AdminRunQuestionResponse, AdminSyncRunResponse } from "../../../types/http"

const path = (runId: string) => `/admin/banking/sync-runs/${runId}/question`

/**
 * The bank's question of a run that waits for the merchant: a Connect session that opens Flinks
 * Connect at that question. Refused (400, with a sentence) once the run no longer waits.
 */
export function useOpenRunQuestion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (runId: string) =>
      sdk.client.fetch<AdminRunQuestionResponse>(path(runId), { method: "POST", body: {} }),
    onSuccess: ({ sync_run }) => queryClient.setQueryData(syncRunKeys.detail(sync_run.id), sync_run),
  })
}

/**
 * The merchant closed the question: the run imports what Flinks already held. Its answer goes
 * into the cache at once, so the screen stops offering the question before the next poll.
 */
export function useDeclineRunQuestion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (runId: string) =>
      sdk.client.fetch<AdminSyncRunResponse>(`${path(runId)}/decline`, { method: "POST", body: {} }),
    onSuccess: ({ sync_run }) => queryClient.setQueryData(syncRunKeys.detail(sync_run.id), sync_run),
  })
}

/** After the answer: ask about the run now rather than at the next poll, for the line to move on. */
export function useRefetchSyncRun() {
  const queryClient = useQueryClient()
  return (runId: string) => queryClient.invalidateQueries({ queryKey: syncRunKeys.detail(runId) })
}

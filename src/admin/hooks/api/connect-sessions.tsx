import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { bankConnectionKeys } from "./connection-keys"
import { bankFeedKeys } from "./feeds"
import type {
  AdminCompleteConnectSession,
  AdminCompleteConnectSessionResponse,
  AdminConnectSessionResponse,
  AdminStartConnectSession,
} from "../../../types/http"

/** Opens a Connect flow; the consent travels with it and the server records it. */
export function useStartConnectSession() {
  return useMutation({
    mutationFn: (body: AdminStartConnectSession) =>
      sdk.client.fetch<AdminConnectSessionResponse>("/admin/banking/connect-sessions", {
        method: "POST",
        body,
      }),
  })
}

/** Hands the widget's REDIRECT to the server, which checks the login with Flinks before storing it. */
export function useCompleteConnectSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCompleteConnectSession) =>
      sdk.client.fetch<AdminCompleteConnectSessionResponse>("/admin/banking/connect-sessions/complete", {
        method: "POST",
        body,
      }),
    // "all" refetches the Banking page's list now, though it is not on screen, so that "Done"
    // does not land on the old list first. New accounts are also free for a feed.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: bankConnectionKeys.all, refetchType: "all" }),
        queryClient.invalidateQueries({ queryKey: bankFeedKeys.all }),
      ]),
  })
}

import { useMutation } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { useInvalidateBanking } from "./connections"
import type { AdminResumeSessionResponse } from "../../../types/http"

/**
 * Spends the emailed resume link's token (it works once): the server signs in with the saved
 * login, and either the bank lets it in or Flinks Connect opens at its question.
 */
export function useStartResumeSession() {
  const invalidate = useInvalidateBanking()
  return useMutation({
    mutationFn: (token: string) =>
      sdk.client.fetch<AdminResumeSessionResponse>("/admin/banking/resume-sessions", {
        method: "POST",
        body: { token },
      }),
    // Either way the connection's health may have changed.
    onSettled: () => invalidate(),
  })
}

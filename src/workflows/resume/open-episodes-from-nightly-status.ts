import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SIGN_IN_REASON, MFA_REASON, setConnectionStatusStep, SetConnectionStatusInput } from "../bank-login"
import { announceMfaEpisode } from "../mfa-episodes"

export type OpenEpisodeFromNightlyStatusInput = {
  connection_id: string
  /** What Flinks' nightly refresh met at the bank (see nightlyRefreshVerdict). */
  verdict: "awaiting_answer" | "sign_in_refused"
}

/**
 * Flinks' own scheduled refresh of one connection's login stopped at the bank. Stuck at the
 * bank's question: the connection becomes "MFA required" and its MFA episode opens at once, as
 * the background check does it (one request per episode, `banking.connection.mfa_required` when
 * the recipients are due a message). Refused sign-in: the connection asks for Edit Credentials.
 * Each step undoes itself: the status is restored and a request opened here is deleted.
 */
export const openEpisodeFromNightlyStatusWorkflow = createWorkflow(
  "banking-open-episode-from-nightly-status",
  (input: OpenEpisodeFromNightlyStatusInput) => {
    setConnectionStatusStep(
      transform(
        { input },
        ({ input }): SetConnectionStatusInput =>
          input.verdict === "awaiting_answer"
            ? { id: input.connection_id, status: "mfa_required", status_reason: MFA_REASON }
            : { id: input.connection_id, status: "credentials_invalid", status_reason: SIGN_IN_REASON }
      )
    )
    const episode = announceMfaEpisode(
      transform({ input }, ({ input }) => ({
        connection_id: input.connection_id,
        applies: input.verdict === "awaiting_answer",
      }))
    )
    return new WorkflowResponse(
      transform({ input, episode }, ({ input, episode }) => ({
        connection_id: input.connection_id,
        verdict: input.verdict,
        mfa_request_id: episode?.mfa_request_id ?? null,
        notified: !!episode?.notify_due,
      }))
    )
  }
)

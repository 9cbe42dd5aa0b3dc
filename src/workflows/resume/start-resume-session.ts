import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeStoredLoginStep } from "../connections/steps/authorize-stored-login"
import { connectionStatusAfter } from "../connections/steps/connection-status-after"
import { liveSignInResult, liveSignInSessionInput } from "../connections/steps/live-sign-in-session"
import { createConnectSessionStep } from "../connections/steps/create-connect-session"
import { loadBankConnectionStep } from "../connections/steps/load-bank-connection"
import { setConnectionStatusStep } from "../connections/steps/set-connection-status"
import { claimResumeLinkStep } from "./steps/claim-resume-link"
import { endMfaEpisode } from "./steps/end-mfa-episode"

export type StartResumeSessionInput = { token: string; actor_id: string; redirect_url: string }

/**
 * The emailed resume link, opened by an admin user: the token is checked and spent, then a live
 * Authorize with the stored login (a RequestId only lives 8 idle minutes, so the link cannot
 * carry one). When the bank asks its question, Flinks Connect opens at it; when it lets the login
 * in at once, the connection is active again and the episode closes here.
 */
export const startResumeSessionWorkflow = createWorkflow(
  "banking-start-resume-session",
  (input: StartResumeSessionInput) => {
    const claim = claimResumeLinkStep(transform({ input }, ({ input }) => ({ token: input.token })))
    const connection = loadBankConnectionStep(transform({ claim }, ({ claim }) => ({ id: claim.connection_id })))
    const bank = authorizeStoredLoginStep(
      transform({ connection }, ({ connection }) => ({ connection_id: connection.id }))
    )
    setConnectionStatusStep(
      transform({ connection, bank }, ({ connection, bank }) => connectionStatusAfter(connection.id, bank))
    )

    endMfaEpisode(
      transform({ input, connection, bank }, ({ input, connection, bank }) => ({
        connection_id: connection.id,
        actor_id: input.actor_id,
        applies: bank.outcome === "active",
      }))
    )

    const session = when({ bank }, ({ bank }) => bank.outcome !== "active").then(() =>
      createConnectSessionStep(
        transform({ input, connection, bank }, ({ input, connection, bank }) =>
          liveSignInSessionInput({
            purpose: "resume",
            connection,
            bank,
            actor_id: input.actor_id,
            redirect_url: input.redirect_url,
          })
        )
      )
    )
    return new WorkflowResponse(
      transform({ connection, bank, session }, ({ connection, bank, session }) =>
        liveSignInResult(connection.id, bank, session)
      )
    )
  }
)

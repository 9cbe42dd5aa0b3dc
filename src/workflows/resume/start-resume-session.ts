import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { signInWithStoredLogin } from "../bank-login"
import { claimResumeLinkStep } from "./steps/claim-resume-link"

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
    const result = signInWithStoredLogin(
      transform({ input, claim }, ({ input, claim }) => ({
        connection_id: claim.connection_id,
        actor_id: input.actor_id,
        redirect_url: input.redirect_url,
        purpose: "resume" as const,
      }))
    )
    return new WorkflowResponse(result)
  }
)

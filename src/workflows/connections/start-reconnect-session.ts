import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { signInWithStoredLogin } from "../bank-login"

export type StartReconnectSessionInput = {
  connection_id: string
  actor_id: string
  redirect_url: string
}

/**
 * Edit Credentials: a live Authorize with the stored login tells what the bank wants. If it let us
 * in, the connection is active and nothing more is needed; otherwise a Reconnect session opens
 * Flinks Connect at the bank's question (with the RequestId) or at its sign-in.
 */
export const startReconnectSessionWorkflow = createWorkflow(
  "banking-start-reconnect-session",
  (input: StartReconnectSessionInput) => {
    const result = signInWithStoredLogin(
      transform({ input }, ({ input }) => ({
        connection_id: input.connection_id,
        actor_id: input.actor_id,
        redirect_url: input.redirect_url,
        purpose: "reconnect" as const,
      }))
    )
    return new WorkflowResponse(result)
  }
)

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { endMfaEpisode } from "../resume/steps/end-mfa-episode"
import { authorizeStoredLoginStep } from "./steps/authorize-stored-login"
import { liveSignInResult, liveSignInSessionInput } from "./steps/live-sign-in-session"
import { createConnectSessionStep } from "./steps/create-connect-session"
import { loadBankConnectionStep } from "./steps/load-bank-connection"
import { connectionStatusAfter } from "./steps/connection-status-after"
import { setConnectionStatusStep } from "./steps/set-connection-status"

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
    const connection = loadBankConnectionStep(transform({ input }, ({ input }) => ({ id: input.connection_id })))
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
            purpose: "reconnect",
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

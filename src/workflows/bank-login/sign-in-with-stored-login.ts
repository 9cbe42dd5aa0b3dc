import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { endMfaEpisode } from "../mfa-episodes"
import { authorizeStoredLoginStep } from "./steps/authorize-stored-login"
import { createConnectSessionStep } from "./steps/create-connect-session"
import { loadBankConnectionStep } from "./steps/load-bank-connection"
import { setConnectionStatusStep } from "./steps/set-connection-status"
import { connectionStatusAfter } from "./utils/connection-status-after"
import { liveSignInResult, liveSignInSessionInput } from "./utils/live-sign-in-session"

export type SignInWithStoredLoginInput = {
  connection_id: string
  /** The admin user signing in again, who owns the Connect session if one opens. */
  actor_id: string
  redirect_url: string
  purpose: "reconnect" | "resume"
}

/**
 * Inside a workflow (Edit Credentials, the resume link), once it knows the connection: a live
 * sign-in with the stored login, the connection's status from what the bank said, the MFA episode
 * ended when the bank let the login in, and otherwise a Connect session at the bank's question (or
 * at its sign-in). Answers what the admin screen gets: "active", or the session to finish in.
 * Each step undoes itself (the status is restored, the session deleted, the episode reopened).
 *
 * A composition function rather than a workflow run as a step: the steps stay the parent's own,
 * with the ids and the compensation order they had before the two workflows shared them.
 */
export function signInWithStoredLogin(input: WorkflowData<SignInWithStoredLoginInput>) {
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
          purpose: input.purpose,
          connection,
          bank,
          actor_id: input.actor_id,
          redirect_url: input.redirect_url,
        })
      )
    )
  )
  return transform({ connection, bank, session }, ({ connection, bank, session }) =>
    liveSignInResult(connection.id, bank, session)
  )
}

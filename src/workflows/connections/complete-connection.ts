import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEvents } from "../../types/events"
import { endMfaEpisode } from "../resume/steps/end-mfa-episode"
import { claimConnectSessionStep } from "./steps/claim-connect-session"
import { ensureSameLoginStep } from "./steps/ensure-same-login"
import { upsertBankConnectionStep } from "./steps/upsert-bank-connection"
import { verifyBankLoginStep } from "./steps/verify-bank-login"

export type CompleteConnectionInput = {
  state: string
  login_id: string
  actor_id: string | null
}

/**
 * Flinks Connect reported a successful sign-in: check the state (and, for a reconnect, that it is
 * the same login), check the login with Flinks, then store the connection and its accounts. A
 * reconnect lands on the same connection, which the upsert finds by its login.
 */
export const completeConnectionWorkflow = createWorkflow(
  "banking-complete-connection",
  (input: CompleteConnectionInput) => {
    const session = claimConnectSessionStep(
      transform({ input }, ({ input }) => ({ state: input.state, actor_id: input.actor_id }))
    )
    ensureSameLoginStep(
      transform({ input, session }, ({ input, session }) => ({ connection_id: session.connection_id, login_id: input.login_id }))
    )
    const login = verifyBankLoginStep(
      transform({ input, session }, ({ input, session }) => ({ provider: session.provider, login_id: input.login_id }))
    )
    const result = upsertBankConnectionStep(
      transform({ session, login }, ({ session, login }) => ({
        provider: session.provider,
        actor_id: session.actor_id,
        consent_accepted_at: session.consent_accepted_at,
        consent_version: session.consent_version,
        login,
      }))
    )
    when({ result }, ({ result }) => result.created).then(() => {
      emitEventStep({
        eventName: BankingEvents.CONNECTION_CREATED,
        data: transform({ result, session }, ({ result, session }) => ({
          id: result.connection_id,
          provider: session.provider,
          account_ids: result.account_ids,
        })),
      })
    })
    // Signing in again through Edit Credentials or a resume link ends the bank's MFA episode.
    endMfaEpisode(
      transform({ result, session }, ({ result, session }) => ({
        connection_id: result.connection_id,
        actor_id: session.actor_id,
        applies: session.purpose !== "connect",
      }))
    )
    return new WorkflowResponse(result)
  }
)

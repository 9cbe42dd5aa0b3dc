import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEvents } from "../../types/events"
import { claimConnectSessionStep } from "./steps/claim-connect-session"
import { upsertBankConnectionStep } from "./steps/upsert-bank-connection"
import { verifyBankLoginStep } from "./steps/verify-bank-login"

export type CompleteConnectionInput = {
  state: string
  login_id: string
  actor_id: string | null
}

/**
 * Flinks Connect reported a successful sign-in: check the state, check the login with Flinks,
 * then store the connection and its accounts.
 */
export const completeConnectionWorkflow = createWorkflow(
  "banking-complete-connection",
  (input: CompleteConnectionInput) => {
    const session = claimConnectSessionStep(
      transform({ input }, ({ input }) => ({ state: input.state, actor_id: input.actor_id }))
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
    return new WorkflowResponse(result)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { hashSecretToken } from "../../../lib/banking/secret-token"

export type ClaimConnectSessionInput = {
  state: string
  /** The admin user finishing the flow; null on the public redirect route without a session. */
  actor_id: string | null
}

export const START_AGAIN = "Start again from Connect Bank Accounts."

/**
 * Accepts a REDIRECT only with a state this server issued, unused, and (when the caller is known)
 * to the admin who started it; then marks it used. Undone by marking it unused. Whether it came in
 * time is checked later (ensureSignInInTimeStep), once the login it brought is held: a late sign-in
 * still created a login at Flinks, to delete.
 */
export const claimConnectSessionStep = createStep(
  "claim-connect-session",
  async (input: ClaimConnectSessionInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [session] = await banking.listConnectSessions({ state_hash: hashSecretToken(input.state) })
    if (!session) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This bank sign-in is not one this store started. ${START_AGAIN}`
      )
    }
    if (input.actor_id && session.actor_id !== input.actor_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This bank sign-in was started by another user. ${START_AGAIN}`
      )
    }
    if (session.used_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This bank sign-in was already used. ${START_AGAIN}`)
    }
    await banking.updateConnectSessions({ id: session.id, used_at: new Date() })
    return new StepResponse(
      {
        id: session.id,
        purpose: session.purpose,
        connection_id: session.connection_id,
        sync_run_id: session.sync_run_id ?? null,
        provider: session.provider,
        actor_id: session.actor_id,
        consent_accepted_at: session.consent_accepted_at,
        consent_version: session.consent_version,
        expires_at: new Date(session.expires_at).toISOString(),
      },
      session.id
    )
  },
  async (sessionId, { container }) => {
    if (!sessionId) return
    await container
      .resolve<IBankingModuleService>(BANKING_MODULE)
      .updateConnectSessions({ id: sessionId, used_at: null })
  }
)

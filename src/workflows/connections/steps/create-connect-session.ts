import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLINKS_CAPITAL_ID } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId } from "../../../modules/banking/options"
import BankingModuleService from "../../../modules/banking/service"
import { newSecretToken } from "../../../modules/banking/utils/secret-token"

export const CONNECT_SESSION_TTL_MS = 15 * 60_000

export type CreateConnectSessionInput = {
  provider: FlinksProviderId
  actor_id: string
  consent_version: string
  institution_id?: string
  /** Where Flinks Connect sends the browser on success: this server's public redirect route. */
  redirect_url: string
}

/**
 * Issues the state of one Connect flow: random, stored only as a hash, bound to the admin user,
 * valid 15 minutes, and builds the Flinks Connect address that carries it (as `tag` and in
 * `redirectUrl`). Undone by deleting the session.
 */
export const createConnectSessionStep = createStep(
  "create-connect-session",
  async (input: CreateConnectSessionInput, { container }) => {
    const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
    const client = banking.flinksClient(input.provider)
    const { token: state, hash } = newSecretToken()
    const now = new Date()
    const session = await banking.createConnectSessions({
      state_hash: hash,
      purpose: "connect",
      provider: input.provider,
      actor_id: input.actor_id,
      consent_accepted_at: now,
      consent_version: input.consent_version,
      expires_at: new Date(now.getTime() + CONNECT_SESSION_TTL_MS),
    })

    const redirectUrl = new URL(input.redirect_url)
    redirectUrl.searchParams.set("state", state)
    const connectUrl = client.connectUrl({
      redirectUrl: redirectUrl.toString(),
      tag: state,
      language: "en",
      jsRedirect: true,
      consentEnable: true,
      institutionFilterEnable: true,
      // Every account of the login is stored; the merchant picks which ones to feed in Link Bank Feeds.
      accountSelectorEnable: false,
      // Flinks shows its test bank only in demo mode.
      demo: input.institution_id === FLINKS_CAPITAL_ID ? true : undefined,
    })

    return new StepResponse(
      {
        id: session.id,
        state,
        expires_at: session.expires_at,
        connect_url: connectUrl,
        connect_origin: new URL(connectUrl).origin,
      },
      session.id
    )
  },
  async (sessionId, { container }) => {
    if (!sessionId) return
    await container.resolve<BankingModuleService>(BANKING_MODULE).deleteConnectSessions(sessionId)
  }
)

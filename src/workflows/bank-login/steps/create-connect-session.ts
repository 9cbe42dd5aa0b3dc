import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLINKS_CAPITAL_ID, InstitutionPreselection } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, CONNECT_SESSION_PURPOSES } from "../../../types"
import type { IBankingModuleService } from "../../../types"
import { newSecretToken } from "../../../lib/banking/secret-token"

type ConnectSessionPurpose = (typeof CONNECT_SESSION_PURPOSES)[number]

export const CONNECT_SESSION_TTL_MS = 15 * 60_000

export type CreateConnectSessionInput = {
  provider: FlinksProviderId
  actor_id: string
  /** Connect records the consent given on our screen; reconnect and resume rely on the one on record. */
  purpose?: ConnectSessionPurpose
  consent_version?: string
  /**
   * Reconnect, resume, refresh: the connection's recorded consent is for the current privacy
   * statement. (Connect records its own on the session, so it always has one.)
   */
  connection_consent_current?: boolean
  /** The connection a reconnect or resume must come back to. */
  connection_id?: string
  /** A live Authorize waiting on the bank's question: Connect opens straight at it. */
  request_id?: string
  /** For "refresh": the live run that waits on the answer. */
  sync_run_id?: string
  /** The bank the widget opens at (its sign-in), instead of its bank list. */
  institution?: InstitutionPreselection
  /** Where Flinks Connect sends the browser on success: this server's public redirect route. */
  redirect_url: string
}

/**
 * Issues the state of one Connect, Reconnect or Resume flow: random, stored only as a hash, bound to the admin user,
 * valid 15 minutes, and builds the Flinks Connect address that carries it (as `tag` and in
 * `redirectUrl`). Undone by deleting the session.
 */
export const createConnectSessionStep = createStep(
  "create-connect-session",
  async (input: CreateConnectSessionInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    banking.gateway.assertConfigured(input.provider)
    const { token: state, hash } = newSecretToken()
    const now = new Date()
    const purpose = input.purpose ?? "connect"
    const recordsConsent = purpose === "connect"
    const consentOnRecord = recordsConsent || input.connection_consent_current === true
    const session = await banking.createConnectSessions({
      state_hash: hash,
      purpose,
      provider: input.provider,
      actor_id: input.actor_id,
      connection_id: input.connection_id ?? null,
      sync_run_id: input.sync_run_id ?? null,
      consent_accepted_at: recordsConsent ? now : null,
      consent_version: recordsConsent ? input.consent_version : null,
      expires_at: new Date(now.getTime() + CONNECT_SESSION_TTL_MS),
    })

    if (input.request_id && input.connection_id) {
      // From now on a screen may show this question: the next sign-in asks the bank anew.
      await banking.gateway.markQuestionHandedOut(input.connection_id, now)
    }

    // Asked on every sign-in, whatever its purpose: a reconnect or a resume is a fresh sign-in
    // too, and Flinks keeps the questions and the schedule of the last one.
    const refresh = banking.refreshOptions(input.provider)
    const redirectUrl = new URL(input.redirect_url)
    redirectUrl.searchParams.set("state", state)
    const connectUrl = banking.gateway.connectUrl(input.provider, {
      redirectUrl: redirectUrl.toString(),
      tag: state,
      language: "en",
      requestId: input.request_id,
      jsRedirect: true,
      // Our "Agree and Continue" on record (this session's, or the connection's for a sign-in again)
      // makes the widget's own consent screen a second ask for the same thing.
      consentEnable: !consentOnRecord,
      preselect: input.institution,
      institutionFilterEnable: true,
      // Every account of the login is stored; the merchant picks which ones to feed in Link Bank Feeds.
      accountSelectorEnable: false,
      // Flinks shows its test bank only in demo mode.
      demo: input.institution?.institution === FLINKS_CAPITAL_ID ? true : undefined,
      // All the bank's questions collected now let Flinks answer them in unattended refreshes (Canada only).
      enhancedMFA: refresh.enhancedMfa ? true : undefined,
      scheduleRefresh: refresh.scheduledRefresh ? true : undefined,
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
    await container.resolve<IBankingModuleService>(BANKING_MODULE).deleteConnectSessions(sessionId)
  }
)

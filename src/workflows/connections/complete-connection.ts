import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SealedLogin } from "../../modules/banking"
import { BankingEventData, BankingEvents } from "../../types/events"
import { endMfaEpisode } from "../mfa-episodes"
import { LOGIN_LOCK_WAIT_SECONDS, loginLockKey } from "./login-lock"
import { claimConnectSessionStep } from "./steps/claim-connect-session"
import { ensureSameLoginStep } from "./steps/ensure-same-login"
import { ensureSignInInTimeStep } from "./steps/ensure-sign-in-in-time"
import { holdSignedInLoginStep } from "./steps/hold-signed-in-login"
import { settleWaitingQuestionStep } from "./steps/settle-waiting-question"
import { turnOnScheduledRefreshStep } from "./steps/turn-on-scheduled-refresh"
import { upsertBankConnectionStep } from "./steps/upsert-bank-connection"
import { verifyBankLoginStep } from "./steps/verify-bank-login"

export type CompleteConnectionInput = {
  state: string
  /** The LoginId the widget brought, sealed by the module the moment the route received it. */
  login: SealedLogin
  actor_id: string | null
}

/**
 * Flinks Connect reported a successful sign-in: check the state (and, for a reconnect, that it is
 * the same login), check the login with Flinks, then store the connection and its accounts. A
 * reconnect lands on the same connection, which the upsert finds by its login.
 *
 * Once the state is known to be this store's, the login it brought is held: if anything after
 * refuses the sign-in, undoing the hold deletes that login at Flinks unless a connection uses it.
 * The login's lock keeps a background delete of the same login from crossing this sign-in.
 */
export const completeConnectionWorkflow = createWorkflow(
  "banking-complete-connection",
  (input: CompleteConnectionInput) => {
    const session = claimConnectSessionStep(
      transform({ input }, ({ input }) => ({ state: input.state, actor_id: input.actor_id }))
    )
    const held = holdSignedInLoginStep(
      transform({ input, session }, ({ input, session }) => ({
        provider: session.provider,
        login: input.login,
        connection_id: session.connection_id,
        expires_at: session.expires_at,
      }))
    )
    const lockKey = transform({ session, held }, ({ session, held }) =>
      loginLockKey(session.provider, held.login_id_hash)
    )
    acquireLockStep({ key: lockKey, timeout: LOGIN_LOCK_WAIT_SECONDS, ttl: 120 })
    ensureSignInInTimeStep(transform({ session }, ({ session }) => ({ expires_at: session.expires_at })))
    ensureSameLoginStep(
      transform({ input, session }, ({ input, session }) => ({
        connection_id: session.connection_id,
        login_id_hash: input.login.login_id_hash,
      }))
    )
    const login = verifyBankLoginStep(
      transform({ input, session }, ({ input, session }) => ({ provider: session.provider, login: input.login }))
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
    turnOnScheduledRefreshStep(
      transform({ session, login, result }, ({ session, login, result }) => ({
        provider: session.provider,
        connection_id: result.connection_id,
        login_id_encrypted: login.login_id_encrypted,
        created: result.created,
      }))
    )
    when({ result }, ({ result }) => result.created).then(() => {
      emitEventStep({
        eventName: BankingEvents.CONNECTION_CREATED,
        data: transform({ result, session }, ({ result, session }) => ({
          id: result.connection_id,
          provider: session.provider,
          account_ids: result.account_ids,
        })) satisfies BankingEventData<typeof BankingEvents.CONNECTION_CREATED>,
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
    settleWaitingQuestionStep(
      transform({ result, session }, ({ result, session }) => ({
        connection_id: result.connection_id,
        sync_run_id: session.sync_run_id,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)

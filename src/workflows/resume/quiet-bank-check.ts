import { MedusaContainer } from "@medusajs/framework/types"
import { FlinksCachedAuthorization, isFlinksError, MfaRequiredError, parseLastRefresh } from "../../lib/flinks"
import { BANKING_MODULE } from "../../modules/banking"
import BankingModuleService from "../../modules/banking/service"
import { authorizeStoredLogin, SIGN_IN_REASON, StoredLoginOutcome } from "../connections/steps/authorize-stored-login"
import { readWaitingQuestion, saveWaitingQuestion } from "../connections/stored-login/waiting-question"
import { toMerchantError } from "../shared/merchant-error"
import { OPEN_MFA_STATUSES } from "./steps/open-mfa-episode"

/**
 * The background check with nobody there to answer the bank: every live sign-in can send the
 * account holder a code or a push prompt that then stalls unanswered, so it asks the bank as
 * little as it can. While a question of ours waits at Flinks, nothing is asked at all. Then
 * Flinks' cached state, which never contacts the bank:
 * - QUESTION_NOT_FOUND (or a 203) on it: the last live attempt stalled at the question; the MFA
 *   episode opens (or reminds) without asking again;
 * - while an episode is open, nothing more: no live sign-in until someone answers;
 * - a copy younger than `sync.staleAfterHours`: healthy, nothing to ask.
 * Only a copy older than that, with no episode open, gets a live sign-in. So the job signs in live
 * at most once per connection per `staleAfterHours`, and never while the bank's question waits.
 */
export async function checkBankQuietly(container: MedusaContainer, connectionId: string, now = new Date()): Promise<StoredLoginOutcome> {
  const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
  const [connection] = await banking.listBankConnections({ id: connectionId }, { select: ["provider", "login_id_encrypted"] })
  const openEpisodes = await banking.listMfaRequests({ connection_id: connectionId, status: [...OPEN_MFA_STATUSES] }, { select: ["id"] })
  const episodeOpen = openEpisodes.length > 0
  // A question of ours still waits at Flinks, maybe being answered from the email right now: any
  // Authorize, even a cached one, would end it (or be refused), so Flinks is not called at all.
  const waiting = await readWaitingQuestion(banking, connectionId, now)
  if (waiting) {
    return { outcome: "mfa", request_id: waiting.request_id }
  }

  let cached: FlinksCachedAuthorization
  try {
    cached = await banking.flinksClient(connection.provider).authorizeCached(banking.decryptLoginId(connection.login_id_encrypted))
  } catch (error) {
    if (error instanceof MfaRequiredError) {
      // Seen on real instances: a cached call answered with the question itself.
      if (error.requestId) await saveWaitingQuestion(banking, connectionId, error.requestId)
      return { outcome: "mfa", request_id: error.requestId }
    }
    if (isFlinksError(error) && error.code === "login_in_use") {
      // One session per login, and an episode is open: the question holds it.
      if (episodeOpen) return { outcome: "mfa", request_id: null }
    }
    if (isFlinksError(error) && (error.code === "invalid_credentials" || error.code === "session_expired")) {
      return { outcome: "sign_in", code: error.code, reason: SIGN_IN_REASON }
    }
    return { outcome: "fault", code: isFlinksError(error) ? error.code : "unexpected", reason: toMerchantError(error).message }
  }

  const asOf = parseLastRefresh(cached.login?.lastRefresh ?? (cached.outcome === "mfa_pending" ? cached.lastRefresh : null))
  if (asOf) await banking.updateBankConnections({ id: connectionId, provider_refreshed_at: asOf })
  if (cached.outcome === "mfa_pending") {
    return { outcome: "mfa", request_id: null }
  }
  const staleAfterMs = banking.syncOptions().staleAfterHours * 3_600_000
  const fresh = asOf !== null && now.getTime() - asOf.getTime() < staleAfterMs
  // An open episode whose cached state no longer stalls was answered elsewhere: it ends.
  if (fresh || episodeOpen) {
    return { outcome: "active", request_id: cached.requestId, bank_data_as_of: asOf?.toISOString() ?? null, live: false }
  }
  return authorizeStoredLogin(container, connectionId, true)
}

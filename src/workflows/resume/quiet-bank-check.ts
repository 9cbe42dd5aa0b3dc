import { MedusaContainer } from "@medusajs/framework/types"
import { isFlinksError, MfaRequiredError } from "../../lib/flinks"
import { BANKING_MODULE, FlinksCopy } from "../../modules/banking"
import type { IBankingModuleService } from "../../types"
import { isBankDataStale } from "../../lib/banking/bank-data-freshness"
import { authorizeStoredLogin, refusalOutcome, StoredLoginOutcome } from "../bank-login"
import { OPEN_MFA_STATUSES } from "../mfa-episodes"

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
export async function checkBankQuietly(
  container: MedusaContainer,
  connectionId: string,
  now = new Date()
): Promise<StoredLoginOutcome> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const openEpisodes = await banking.listMfaRequests(
    { connection_id: connectionId, status: [...OPEN_MFA_STATUSES] },
    { select: ["id"] }
  )
  const episodeOpen = openEpisodes.length > 0
  // A question of ours still waits at Flinks, maybe being answered from the email right now: any
  // Authorize, even a cached one, would end it (or be refused), so Flinks is not called at all.
  const waiting = await banking.gateway.readWaitingQuestion(connectionId, now)
  if (waiting) {
    return { outcome: "mfa", request_id: waiting.request_id }
  }

  let copy: FlinksCopy
  try {
    copy = await banking.gateway.readFlinksCopy(connectionId)
  } catch (error) {
    // Seen on real instances: a cached call answered with the question itself.
    if (error instanceof MfaRequiredError) return { outcome: "mfa", request_id: error.requestId }
    // One session per login, and an episode is open: the question holds it.
    if (isFlinksError(error) && error.code === "login_in_use" && episodeOpen)
      return { outcome: "mfa", request_id: null }
    return refusalOutcome(error)
  }

  if (copy.mfa_pending) {
    return { outcome: "mfa", request_id: null }
  }
  const fresh = !isBankDataStale(copy.bank_data_as_of, banking.syncOptions().staleAfterHours, now)
  // An open episode whose cached state no longer stalls was answered elsewhere: it ends.
  if (fresh || episodeOpen) {
    return {
      outcome: "active",
      request_id: copy.request_id,
      bank_data_as_of: copy.bank_data_as_of?.toISOString() ?? null,
      live: false,
    }
  }
  return authorizeStoredLogin(container, connectionId, true)
}

import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { FlinksErrorCode, isFlinksError, MfaRequiredError } from "../../../lib/flinks"
import { BANKING_MODULE, reusableUnasked } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { toMerchantError } from "../../shared/merchant-error"

/**
 * What the bank said to a live sign-in with the stored login:
 * - "active": it let us in without a question; `request_id` reads the fresh data;
 * - "mfa": it asks a question; Connect can open at it with `request_id` (null when Flinks
 *   reported the question without a session to answer it in);
 * - "sign_in": the saved credentials no longer work; the merchant signs in again in Connect.
 */
export type StoredLoginOutcome =
  /** `live`: the bank itself let us in; false when Flinks' recent copy made asking it needless. */
  | { outcome: "active"; request_id: string; bank_data_as_of: string | null; live: boolean }
  | { outcome: "mfa"; request_id: string | null }
  | { outcome: "sign_in"; code: FlinksErrorCode; reason: string }
  /** Only with `reportFaults`: Flinks or the bank failed to answer (down, rate limited, broken, login in use). */
  | { outcome: "fault"; code: FlinksErrorCode | "unexpected"; reason: string }

/** Flinks' refusals that only new credentials typed into Connect can cure. */
const NEEDS_SIGN_IN: FlinksErrorCode[] = ["invalid_credentials", "session_expired"]

export const SIGN_IN_REASON = "Your bank no longer accepts the saved sign-in. Use Edit Credentials to sign in again."

/** A sign-in of someone else (not one of ours we could take over) holds the login's one session. */
export const LOGIN_IN_USE_REASON =
  "Another sign-in to this bank login is still open at Flinks, which allows one at a time. It closes by itself within 8 minutes: try again then."

/**
 * A live Authorize with the stored LoginId: the bank is contacted, as Flinks advises for a refresh
 * a person starts. Flinks allows one session per login, so a question one of our sign-ins left
 * waiting is taken over instead of asking the bank again (see the gateway's waiting-question.ts): before signing
 * in when nobody was given it yet, and when Flinks refuses the sign-in as CONCURRENT_SESSION.
 *
 * The gateway records what Flinks says of the login (the waiting question, the age of its copy). Any other
 * refusal is the merchant-worded error, or with `reportFaults` (the background runs, which must
 * record it) the "fault" outcome.
 */
export async function authorizeStoredLogin(
  container: MedusaContainer,
  connectionId: string,
  reportFaults = false
): Promise<StoredLoginOutcome> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const waiting = await banking.gateway.readWaitingQuestion(connectionId)
  if (waiting && reusableUnasked(waiting)) {
    return { outcome: "mfa", request_id: waiting.request_id }
  }
  try {
    const signedIn = await banking.gateway.signInLive(connectionId)
    return {
      outcome: "active",
      request_id: signedIn.request_id,
      bank_data_as_of: signedIn.bank_data_as_of.toISOString(),
      live: true,
    }
  } catch (error) {
    if (error instanceof MfaRequiredError) {
      return { outcome: "mfa", request_id: error.requestId }
    }
    if (isFlinksError(error) && error.code === "login_in_use") {
      // Most often our own earlier sign-in, still at the question: Connect opens at it.
      if (waiting) return { outcome: "mfa", request_id: waiting.request_id }
      if (reportFaults) return { outcome: "fault", code: error.code, reason: LOGIN_IN_USE_REASON }
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, LOGIN_IN_USE_REASON)
    }
    const refusal = refusalOutcome(error)
    if (refusal.outcome === "sign_in" || reportFaults) return refusal
    throw toMerchantError(error)
  }
}

/** A refusal of the stored login as an outcome: the saved sign-in no longer works, or a fault. */
export function refusalOutcome(error: unknown): Extract<StoredLoginOutcome, { outcome: "sign_in" | "fault" }> {
  if (isFlinksError(error) && NEEDS_SIGN_IN.includes(error.code)) {
    return { outcome: "sign_in", code: error.code, reason: SIGN_IN_REASON }
  }
  return {
    outcome: "fault",
    code: isFlinksError(error) ? error.code : "unexpected",
    reason: toMerchantError(error).message,
  }
}

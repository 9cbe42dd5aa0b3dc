import type { FlinksNightlyRefreshCard } from "./types"

/*
 * What a card in GetNightlyRefreshStatus says about its login, in the plugin's words. The state
 * and the codes are Flinks' own spellings, so they stay in this folder.
 */

/**
 * The refresh stopped at the bank's question and nobody answered. REFERENCE.md §10 names the
 * state "AnsweringSecurityChallenge"; §2 and §3 give the codes a refresh ends with when an MFA
 * prompt had no stored answer (QUESTION_NOT_FOUND), answers were missing
 * (SECURITYRESPONSES_INCOMPLETE) or a stored answer was refused (INVALID_SECURITY_RESPONSE).
 */
const AWAITING_ANSWER_STATES = ["AnsweringSecurityChallenge"]
const AWAITING_ANSWER_CODES = ["QUESTION_NOT_FOUND", "SECURITYRESPONSES_INCOMPLETE", "INVALID_SECURITY_RESPONSE"]

/**
 * The bank refused the saved credentials (REFERENCE.md §2: 401 INVALID_LOGIN, INVALID_USERNAME,
 * INVALID_PASSWORD), the same refusals that make a live sign-in ask for Edit Credentials.
 */
const SIGN_IN_REFUSED_CODES = ["INVALID_LOGIN", "INVALID_USERNAME", "INVALID_PASSWORD"]

/**
 * - "awaiting_answer": the bank waits for an answer to its security question;
 * - "sign_in_refused": the saved sign-in no longer works;
 * - "other": anything else (a transient fault, a state this client does not know): no verdict.
 */
export type NightlyRefreshVerdict = "awaiting_answer" | "sign_in_refused" | "other"

const same = (value: string | null, list: string[]) =>
  !!value && list.some((known) => known.toLowerCase() === value.trim().toLowerCase())

export function nightlyRefreshVerdict(
  card: Pick<FlinksNightlyRefreshCard, "state" | "errorCode">
): NightlyRefreshVerdict {
  if (same(card.errorCode, SIGN_IN_REFUSED_CODES)) return "sign_in_refused"
  if (same(card.state, AWAITING_ANSWER_STATES) || same(card.errorCode, AWAITING_ANSWER_CODES)) return "awaiting_answer"
  return "other"
}

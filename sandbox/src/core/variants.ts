import type { AmountFormat } from "./money"

/**
 * Where the reference tags a fact [?], the sandbox can answer either way. Each variant is named
 * after the uncertain fact; the defaults are the current-docs reading (or, when the docs say
 * nothing, the stricter one, since the sandbox must never be more forgiving than Flinks).
 */
export interface Variants {
  /** Status of INVALID_LOGIN, INVALID_USERNAME, INVALID_PASSWORD: 401 now, 400 on older help pages. */
  invalidLoginStatus: 400 | 401
  /** Status of INVALID_REQUEST: 401 now, 400 on older help pages. */
  invalidRequestStatus: 400 | 401
  /** Status of TOO_MANY_REQUESTS: 401 per the docs, 403 per one client. */
  tooManyRequestsStatus: 401 | 403
  /** Lifetime of an unused authorize token: 30 minutes, one page says 15. */
  tokenTtlMinutes: 15 | 30
  /** Whether POST /Authorize answering an MFA question needs a fresh flinks-auth-key token. */
  mfaAnswerNeedsNewToken: boolean
  /** Whether the 200 that ends an MFA round leaves out `Login`. */
  omitLoginOnMfaAnswer: boolean
  /** DeleteCard success: an envelope with a Message, or an empty 200. */
  deleteCardBody: "envelope" | "empty"
  /** How many times GetAccountsDetailAsync answers 202 before its 200. */
  asyncPendingRounds: number
  /** Whether GetAccountsDetail answers 202 first ("usually"; always on Flinks Capital) or 200 at once. */
  detailPendingFirst: boolean
  /** A cached Authorize after an unanswered live MFA: 401 QUESTION_NOT_FOUND (docs) or a 203 (seen). */
  cachedAfterMfaAnswers: "QUESTION_NOT_FOUND" | "203"
  /** The FlinksCode for a username the bank does not know. */
  unknownUsernameCode: "INVALID_USERNAME" | "INVALID_LOGIN"
  /** Questions asked per MFA round, one per 203 (Flinks Capital asks one; a bank may chain more). */
  mfaQuestionsPerRound: number
  /** Challenge shape: the documented QuestionAndAnswer, or a MultipleChoice with `Iterables`. */
  challengeType: "QuestionAndAnswer" | "MultipleChoice"
  /** Whether a transaction keeps its Id across pulls ("stable") or gets a new one each pull ("perPull"). */
  transactionIds: "stable" | "perPull"
  /** Amount text: 12.3 ("minimal") or 12.30 ("fixed2"); both are exact JSON decimals. */
  amountFormat: AmountFormat
  /** Order of Transactions in an account: newest first, or oldest first. */
  transactionOrder: "newestFirst" | "oldestFirst"
  /** Fractional digits of Login.LastRefresh: 6 or 7. */
  lastRefreshDigits: 6 | 7
  /** Seconds after a live Authorize during which DeleteCard answers 400 CARD_IN_USE (0: never). */
  cardInUseSeconds: number
  /** Whether every live refresh of an MFA user asks a question, not only after require-mfa. */
  liveRefreshAsksMfa: boolean
  /** One session per LoginId: a new Authorize ends the old session, or is refused with CONCURRENT_SESSION while one is busy. */
  concurrentSession: "replace" | "reject"
  /**
   * Scheduled (nightly) refresh on this instance: run and reported ("supported"), not offered at all
   * (both endpoints answer 404), or accepted but never run ("empty": the status list stays empty).
   */
  nightlyRefresh: "supported" | "absent" | "empty"
  /** Where Flinks uses stored Enhanced MFA answers: its own nightly refreshes only, or live refreshes by LoginId too. */
  enhancedMfaAnswers: "nightlyOnly" | "allRefreshes"
  /** Sandbox only, not a Flinks fact: recognise the LoginIds of the test users after a restart. */
  reviveKnownLogins: boolean
}

export const DEFAULT_VARIANTS: Readonly<Variants> = Object.freeze({
  invalidLoginStatus: 401,
  invalidRequestStatus: 401,
  tooManyRequestsStatus: 401,
  tokenTtlMinutes: 30,
  mfaAnswerNeedsNewToken: true,
  omitLoginOnMfaAnswer: false,
  deleteCardBody: "envelope",
  asyncPendingRounds: 1,
  detailPendingFirst: true,
  cachedAfterMfaAnswers: "QUESTION_NOT_FOUND",
  unknownUsernameCode: "INVALID_USERNAME",
  mfaQuestionsPerRound: 1,
  challengeType: "QuestionAndAnswer",
  transactionIds: "stable",
  amountFormat: "minimal",
  transactionOrder: "newestFirst",
  lastRefreshDigits: 7,
  cardInUseSeconds: 10,
  liveRefreshAsksMfa: false,
  concurrentSession: "replace",
  nightlyRefresh: "supported",
  enhancedMfaAnswers: "nightlyOnly",
  reviveKnownLogins: true,
} satisfies Variants)

type Check = (value: unknown) => boolean

const oneOf =
  (...allowed: unknown[]): Check =>
  (value) =>
    allowed.includes(value)
const isBoolean: Check = (value) => typeof value === "boolean"
const intBetween =
  (min: number, max: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max

const CHECKS: Record<keyof Variants, [Check, string]> = {
  invalidLoginStatus: [oneOf(400, 401), "400 or 401"],
  invalidRequestStatus: [oneOf(400, 401), "400 or 401"],
  tooManyRequestsStatus: [oneOf(401, 403), "401 or 403"],
  tokenTtlMinutes: [oneOf(15, 30), "15 or 30"],
  mfaAnswerNeedsNewToken: [isBoolean, "a boolean"],
  omitLoginOnMfaAnswer: [isBoolean, "a boolean"],
  deleteCardBody: [oneOf("envelope", "empty"), '"envelope" or "empty"'],
  asyncPendingRounds: [intBetween(0, 1000), "an integer from 0 to 1000"],
  detailPendingFirst: [isBoolean, "a boolean"],
  cachedAfterMfaAnswers: [oneOf("QUESTION_NOT_FOUND", "203"), '"QUESTION_NOT_FOUND" or "203"'],
  unknownUsernameCode: [oneOf("INVALID_USERNAME", "INVALID_LOGIN"), '"INVALID_USERNAME" or "INVALID_LOGIN"'],
  mfaQuestionsPerRound: [intBetween(1, 3), "an integer from 1 to 3"],
  challengeType: [oneOf("QuestionAndAnswer", "MultipleChoice"), '"QuestionAndAnswer" or "MultipleChoice"'],
  transactionIds: [oneOf("stable", "perPull"), '"stable" or "perPull"'],
  amountFormat: [oneOf("minimal", "fixed2"), '"minimal" or "fixed2"'],
  transactionOrder: [oneOf("newestFirst", "oldestFirst"), '"newestFirst" or "oldestFirst"'],
  lastRefreshDigits: [oneOf(6, 7), "6 or 7"],
  cardInUseSeconds: [intBetween(0, 86_400), "an integer number of seconds"],
  liveRefreshAsksMfa: [isBoolean, "a boolean"],
  concurrentSession: [oneOf("replace", "reject"), '"replace" or "reject"'],
  nightlyRefresh: [oneOf("supported", "absent", "empty"), '"supported", "absent" or "empty"'],
  enhancedMfaAnswers: [oneOf("nightlyOnly", "allRefreshes"), '"nightlyOnly" or "allRefreshes"'],
  reviveKnownLogins: [isBoolean, "a boolean"],
}

/** Validates a partial update; unknown names are refused so that a typo cannot pass silently. */
export function parseVariants(input: unknown): { value: Partial<Variants> } | { error: string } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { error: "The body must be a JSON object of variants" }
  }
  const value: Record<string, unknown> = {}
  for (const [name, setting] of Object.entries(input)) {
    const check = CHECKS[name as keyof Variants]
    if (!check) {
      return { error: `Unknown variant "${name}". Known: ${Object.keys(CHECKS).join(", ")}` }
    }
    if (!check[0](setting)) {
      return { error: `Variant "${name}" must be ${check[1]}` }
    }
    value[name] = setting
  }
  return { value: value as Partial<Variants> }
}

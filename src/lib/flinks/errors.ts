import type { FlinksInstitution, MfaChallenge } from "./types"

/*
 * The plugin's own words for what went wrong at Flinks. translate.ts is the only place that turns
 * an HTTP status and a FlinksCode into one of these; callers switch on `code` or `instanceof`.
 *
 * Messages are safe to log and to show to a merchant: they never contain a secret key, an
 * authorize token, an x-api-key, a LoginId or a body Flinks sent.
 */

export type FlinksErrorCode =
  | "mfa_required"
  | "session_expired"
  | "invalid_credentials"
  | "login_disabled"
  | "bank_action_required"
  | "institution_unavailable"
  | "retry_later"
  | "rate_limited"
  | "login_in_use"
  | "unauthorized"
  | "flinks_failure"
  | "operation_timeout"
  | "configuration"

export type FlinksErrorContext = {
  /** The Flinks endpoint name, e.g. "Authorize"; never a URL (paths can hold a LoginId). */
  endpoint?: string | null
  httpStatus?: number | null
  /** As Flinks sent it, including codes this client does not know. */
  flinksCode?: string | null
}

export abstract class FlinksError extends Error {
  abstract readonly code: FlinksErrorCode
  /** Whether the same call may succeed later without anyone doing anything. */
  readonly retryable: boolean = false
  readonly endpoint: string | null
  readonly httpStatus: number | null
  readonly flinksCode: string | null

  constructor(message: string, context: FlinksErrorContext = {}) {
    super(message)
    this.name = new.target.name
    this.endpoint = context.endpoint ?? null
    this.httpStatus = context.httpStatus ?? null
    this.flinksCode = context.flinksCode ?? null
  }

  /** A log-friendly summary with nothing secret in it. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      endpoint: this.endpoint,
      httpStatus: this.httpStatus,
      flinksCode: this.flinksCode,
      retryable: this.retryable,
    }
  }
}

/** The bank asks questions (203). Answer them with answerMfa, or resume Connect with requestId. */
export class MfaRequiredError extends FlinksError {
  readonly code = "mfa_required"
  readonly requestId: string | null
  /** Empty when Flinks reports the MFA without asking (QUESTION_NOT_FOUND on a live call). */
  readonly challenges: MfaChallenge[]
  readonly institution: FlinksInstitution | null

  constructor(
    input: { requestId: string | null; challenges: MfaChallenge[]; institution: FlinksInstitution | null },
    context: FlinksErrorContext = {}
  ) {
    super("The bank asks for an answer to a security question", context)
    this.requestId = input.requestId
    this.challenges = input.challenges
    this.institution = input.institution
  }
}

/** The RequestId is unknown or has died (8 minutes idle, 30 while data is processed). */
export class SessionExpiredError extends FlinksError {
  readonly code = "session_expired"
}

export type InvalidCredential = "login" | "username" | "password" | "security_answer" | "challenge_key"

export class InvalidCredentialsError extends FlinksError {
  readonly code = "invalid_credentials"
  readonly credential: InvalidCredential

  constructor(credential: InvalidCredential, context: FlinksErrorContext = {}) {
    super(INVALID_CREDENTIAL_MESSAGES[credential], context)
    this.credential = credential
  }
}

const INVALID_CREDENTIAL_MESSAGES: Record<InvalidCredential, string> = {
  login: "Flinks does not know this login, or the bank refused its credentials",
  username: "The bank refused the username",
  password: "The bank refused the password",
  security_answer: "The bank refused the answer to its security question",
  challenge_key: "The answer was keyed by a question the bank did not ask",
}

export class LoginDisabledError extends FlinksError {
  readonly code = "login_disabled"
}

/** NEW_ACCOUNT: the account holder must act in their online banking before Flinks can read it. */
export class BankActionRequiredError extends FlinksError {
  readonly code = "bank_action_required"
}

export class InstitutionUnavailableError extends FlinksError {
  readonly code = "institution_unavailable"
}

/** Flinks could not reach the bank; the client already retried a bounded number of times. */
export class RetryLaterError extends FlinksError {
  readonly code = "retry_later"
  override readonly retryable = true
}

export class RateLimitedError extends FlinksError {
  readonly code = "rate_limited"
  override readonly retryable = true
  readonly retryAfterMs: number | null

  constructor(message: string, context: FlinksErrorContext & { retryAfterMs?: number | null } = {}) {
    super(message, context)
    this.retryAfterMs = context.retryAfterMs ?? null
  }
}

/** CARD_IN_USE or CONCURRENT_SESSION: the login is busy with another session. */
export class LoginInUseError extends FlinksError {
  readonly code = "login_in_use"
  override readonly retryable = true
}

/** Flinks refused our own credentials: a wrong secret key, a used or expired authorize token,
 * a wrong x-api-key, or a data call on a RequestId that was never authorized. */
export class UnauthorizedError extends FlinksError {
  readonly code = "unauthorized"
}

export type FlinksFailureReason =
  | "server_error"
  | "broken_json"
  | "unexpected_response"
  | "timeout"
  | "network"
  | "unknown_code"
  | "rejected"

/** Anything else: 5xx, unreadable bodies, timeouts, dropped connections, codes we do not know. */
export class FlinksFailureError extends FlinksError {
  readonly code = "flinks_failure"
  readonly reason: FlinksFailureReason
  override readonly retryable: boolean

  constructor(
    reason: FlinksFailureReason,
    message: string,
    context: FlinksErrorContext & { retryable?: boolean } = {}
  ) {
    super(message, context)
    this.reason = reason
    this.retryable = context.retryable ?? TRANSIENT_REASONS.has(reason)
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason }
  }
}

const TRANSIENT_REASONS = new Set<FlinksFailureReason>(["server_error", "broken_json", "timeout", "network"])

/** A 202 that was still pending when the polling deadline passed. */
export class FlinksTimeoutError extends FlinksError {
  readonly code = "operation_timeout"
  override readonly retryable = true
  readonly elapsedMs: number

  constructor(elapsedMs: number, context: FlinksErrorContext = {}) {
    super(`Flinks was still processing after ${Math.round(elapsedMs / 1000)} s`, context)
    this.elapsedMs = elapsedMs
  }
}

/** The instance is configured wrongly (missing key, bad URL). Never carries the values. */
export class FlinksConfigurationError extends FlinksError {
  readonly code = "configuration"
}

/**
 * No readable answer came back (a dropped connection, a timeout, a body cut short), so the call
 * may have taken effect at Flinks all the same: a DeleteCard may have deleted the login.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof FlinksTimeoutError) return true
  return error instanceof FlinksFailureError && ["network", "timeout", "broken_json"].includes(error.reason)
}

export function isFlinksError(error: unknown): error is FlinksError {
  return error instanceof FlinksError
}

/**
 * An error's codes for a log line (ours, then Flinks' own when it gave one): never its message or
 * the request, which may hold a LoginId.
 */
export function flinksErrorCodes(error: unknown): string {
  if (!isFlinksError(error)) return "unexpected error"
  return error.flinksCode ? `${error.code} ${error.flinksCode}` : error.code
}

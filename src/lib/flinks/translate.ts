import {
  BankActionRequiredError,
  FlinksError,
  FlinksErrorContext,
  FlinksFailureError,
  InstitutionUnavailableError,
  InvalidCredentialsError,
  LoginDisabledError,
  LoginInUseError,
  MfaRequiredError,
  RateLimitedError,
  RetryLaterError,
  SessionExpiredError,
  UnauthorizedError,
} from "./errors"
import { normaliseChallenge, normaliseInstitution } from "./normalise"
import { ErrorBody, errorSchema, mfaSchema, pendingSchema } from "./schemas"

/*
 * The one place where Flinks' HTTP statuses and FlinksCodes become this plugin's vocabulary.
 *
 * The FlinksCode decides, not the HTTP status: Flinks' pages disagree on statuses
 * (INVALID_LOGIN as 400 or 401, TOO_MANY_REQUESTS as 401 or 403, several codes with no documented
 * status at all), so a code is recognised wherever it turns up. The status only decides when
 * there is no code.
 */

/** What the call was for: the same answer means different things to different calls. */
export type FlinksCallKind = "token" | "authorize_cached" | "authorize_live" | "authorize_answer" | "data" | "delete"

export type TranslateInput = {
  endpoint: string
  call: FlinksCallKind
  status: number
  /** The body as lossless-json read it; undefined when empty. */
  body: unknown
  /** True when the body was there but was not JSON. */
  bodyBroken?: boolean
  /** From a Retry-After header, when Flinks sends one. */
  retryAfterMs?: number | null
}

export type FlinksOutcome =
  | { kind: "ok"; status: number; body: unknown }
  /** 202: OPERATION_PENDING or OPERATION_DISPATCHED; continue with the *Async endpoint. */
  | { kind: "pending"; flinksCode: string; requestId: string | null; body: unknown }
  /** A cached Authorize after an unanswered MFA: the RequestId reads stale data. */
  | { kind: "stale"; body: ErrorBody & { RequestId: string } }
  | { kind: "error"; error: FlinksError }

export const PENDING_CODES = new Set(["OPERATION_PENDING", "OPERATION_DISPATCHED"])

type CodeRule = (context: FlinksErrorContext, input: TranslateInput, body: ErrorBody) => FlinksOutcome

const fail = (error: FlinksError): FlinksOutcome => ({ kind: "error", error })

const mfaRequired = (context: FlinksErrorContext, body: ErrorBody): FlinksOutcome =>
  fail(
    new MfaRequiredError(
      {
        requestId: body.RequestId ?? null,
        challenges: (body.SecurityChallenges ?? []).map(normaliseChallenge),
        institution: body.Institution || body.InstitutionName ? normaliseInstitution(body) : null,
      },
      context
    )
  )

const CODE_RULES: Record<string, CodeRule> = {
  SESSION_NONEXISTENT: (c) => fail(new SessionExpiredError("The Flinks session is unknown or has ended", c)),
  SESSION_EXPIRED: (c) => fail(new SessionExpiredError("The Flinks session has expired", c)),
  CARD_IN_USE: (c) => fail(new LoginInUseError("Flinks is still processing this login", c)),
  CONCURRENT_SESSION: (c) => fail(new LoginInUseError("Another Flinks session is open for this login", c)),
  INVALID_LOGIN: (c) => fail(new InvalidCredentialsError("login", c)),
  INVALID_USERNAME: (c) => fail(new InvalidCredentialsError("username", c)),
  INVALID_PASSWORD: (c) => fail(new InvalidCredentialsError("password", c)),
  INVALID_SECURITY_RESPONSE: (c) => fail(new InvalidCredentialsError("security_answer", c)),
  UNKNOWN_CHALLENGE_KEY: (c) => fail(new InvalidCredentialsError("challenge_key", c)),
  // A cached Authorize replays an unanswered MFA: its RequestId still reads the stored data.
  QUESTION_NOT_FOUND: (c, input, body) =>
    input.call === "authorize_cached" && body.RequestId
      ? { kind: "stale", body: { ...body, RequestId: body.RequestId } }
      : mfaRequired(c, body),
  SECURITYRESPONSES_INCOMPLETE: (c, _input, body) => mfaRequired(c, body),
  RETRY_LATER: (c) => fail(new RetryLaterError("Flinks could not reach the bank", c)),
  UNAUTHORIZED: (c) => fail(new UnauthorizedError("Flinks refused the request as unauthorized", c)),
  DISABLED_LOGIN: (c) => fail(new LoginDisabledError("The bank has disabled this login", c)),
  NEW_ACCOUNT: (c) => fail(new BankActionRequiredError("The account holder must first act in their online banking", c)),
  TOO_MANY_REQUESTS: (c, input) =>
    fail(new RateLimitedError("Flinks is rate limiting this client", { ...c, retryAfterMs: input.retryAfterMs })),
  DISABLED_INSTITUTION: (c) => fail(new InstitutionUnavailableError("The institution is unavailable", c)),
  AGGREGATION_ERROR: (c) =>
    fail(new FlinksFailureError("server_error", "Flinks reported an unexpected error", { ...c, retryable: true })),
  INVALID_REQUEST: (c) =>
    fail(new FlinksFailureError("rejected", "Flinks rejected the request as malformed", { ...c, retryable: false })),
  ALREADY_AUTHORIZED: (c) =>
    fail(new FlinksFailureError("rejected", "This Flinks session is already authorized", { ...c, retryable: false })),
  NO_TRANSACTION: (c) =>
    fail(new FlinksFailureError("rejected", "Flinks has no transaction to return", { ...c, retryable: false })),
  METHOD_NOT_AVAILABLE: (c) =>
    fail(
      new FlinksFailureError("rejected", "This Flinks method is not available for the institution", {
        ...c,
        retryable: false,
      })
    ),
}

export function translate(input: TranslateInput): FlinksOutcome {
  const raw = isObject(input.body) ? input.body : {}
  const parsed = errorSchema.safeParse(raw)
  const body: ErrorBody = parsed.success ? parsed.data : {}
  const status = effectiveStatus(input.status, body.HttpStatusCode)
  const flinksCode = body.FlinksCode || null
  const context: FlinksErrorContext = { endpoint: input.endpoint, httpStatus: status, flinksCode }

  if (status >= 200 && status < 300) {
    if (input.bodyBroken) {
      return fail(
        new FlinksFailureError("broken_json", `Flinks answered ${status} with a body that is not JSON`, context)
      )
    }
    if (status === 202 || (flinksCode && PENDING_CODES.has(flinksCode))) {
      const pending = pendingSchema.safeParse(input.body ?? {})
      return {
        kind: "pending",
        flinksCode: (pending.success && pending.data.FlinksCode) || "OPERATION_PENDING",
        requestId: (pending.success && pending.data.RequestId) || null,
        body: input.body,
      }
    }
    if (status === 203) {
      return translateMfa(input, context)
    }
    return { kind: "ok", status, body: input.body }
  }

  if (flinksCode) {
    const rule = CODE_RULES[flinksCode]
    if (rule) return rule(context, input, body)
    return fail(
      new FlinksFailureError("unknown_code", `Flinks answered ${status} with a code this client does not know`, {
        ...context,
        retryable: status >= 500,
      })
    )
  }
  return translateStatus(input, status, context)
}

function translateMfa(input: TranslateInput, context: FlinksErrorContext): FlinksOutcome {
  const parsed = mfaSchema.safeParse(input.body)
  if (!parsed.success) {
    return fail(
      new FlinksFailureError(
        "unexpected_response",
        `Flinks asked for MFA with a body this client cannot read (${describeIssues(parsed.error.issues)})`,
        { ...context, retryable: false }
      )
    )
  }
  return fail(
    new MfaRequiredError(
      {
        requestId: parsed.data.RequestId,
        challenges: parsed.data.SecurityChallenges.map(normaliseChallenge),
        institution: normaliseInstitution(parsed.data),
      },
      context
    )
  )
}

function translateStatus(input: TranslateInput, status: number, context: FlinksErrorContext): FlinksOutcome {
  if (status === 429) {
    return fail(
      new RateLimitedError("Flinks is rate limiting this client", { ...context, retryAfterMs: input.retryAfterMs })
    )
  }
  if (status === 401 || status === 403) {
    return fail(new UnauthorizedError(`Flinks refused the request (${status})`, context))
  }
  if (status === 408 || status === 504) {
    return fail(new FlinksFailureError("timeout", `Flinks timed out (${status})`, context))
  }
  if (status >= 500) {
    return fail(new FlinksFailureError("server_error", `Flinks failed with status ${status}`, context))
  }
  return fail(
    new FlinksFailureError("rejected", `Flinks rejected the request with status ${status}`, {
      ...context,
      retryable: false,
    })
  )
}

/**
 * Every body repeats the status in HttpStatusCode. Trust the transport, except when a proxy
 * flattened everything to 200: then the body knows better.
 */
function effectiveStatus(httpStatus: number, bodyStatus: number | undefined): number {
  if (httpStatus === 200 && bodyStatus && bodyStatus !== 200 && bodyStatus >= 100 && bodyStatus < 600) {
    return bodyStatus
  }
  return httpStatus
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Paths only, never values: a value could be a LoginId or an account number. */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
  const more = issues.length > 3 ? ` and ${issues.length - 3} more` : ""
  return shown.join("; ") + more
}

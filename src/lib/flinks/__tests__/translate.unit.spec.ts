import {
  BankActionRequiredError,
  FlinksError,
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
} from "../errors"
import { parseLosslessJson } from "../lossless-json"
import { FlinksCallKind, FlinksOutcome, translate } from "../translate"

const body = (status: number, code?: string, extra: Record<string, unknown> = {}) =>
  parseLosslessJson(
    JSON.stringify({ HttpStatusCode: status, Message: "whatever Flinks says", FlinksCode: code, ...extra })
  )

const run = (status: number, code?: string, call: FlinksCallKind = "data", extra: Record<string, unknown> = {}) =>
  translate({ endpoint: "Authorize", call, status, body: body(status, code, extra) })

const errorOf = (outcome: FlinksOutcome): FlinksError => {
  if (outcome.kind !== "error") throw new Error(`expected an error, got ${outcome.kind}`)
  return outcome.error
}

describe("translate: every FlinksCode of the reference table", () => {
  it.each<[number, string, new (...args: any[]) => FlinksError, Record<string, unknown>?]>([
    [400, "SESSION_NONEXISTENT", SessionExpiredError],
    [400, "CARD_IN_USE", LoginInUseError],
    [401, "INVALID_LOGIN", InvalidCredentialsError, { credential: "login" }],
    [401, "INVALID_USERNAME", InvalidCredentialsError, { credential: "username" }],
    [401, "INVALID_PASSWORD", InvalidCredentialsError, { credential: "password" }],
    [401, "INVALID_REQUEST", FlinksFailureError, { reason: "rejected", retryable: false }],
    [401, "INVALID_SECURITY_RESPONSE", InvalidCredentialsError, { credential: "security_answer" }],
    [401, "UNKNOWN_CHALLENGE_KEY", InvalidCredentialsError, { credential: "challenge_key" }],
    [401, "QUESTION_NOT_FOUND", MfaRequiredError],
    [401, "RETRY_LATER", RetryLaterError, { retryable: true }],
    [401, "UNAUTHORIZED", UnauthorizedError],
    [401, "DISABLED_LOGIN", LoginDisabledError],
    [401, "NEW_ACCOUNT", BankActionRequiredError],
    [401, "TOO_MANY_REQUESTS", RateLimitedError, { retryable: true }],
    [405, "DISABLED_INSTITUTION", InstitutionUnavailableError],
    [500, "AGGREGATION_ERROR", FlinksFailureError, { reason: "server_error", retryable: true }],
  ])("%i %s becomes %p", (status, code, type, fields = {}) => {
    const error = errorOf(run(status, code))
    expect(error).toBeInstanceOf(type)
    expect(error).toMatchObject({ httpStatus: status, flinksCode: code, endpoint: "Authorize", ...fields })
  })

  it.each([
    ["SESSION_EXPIRED", SessionExpiredError],
    ["CONCURRENT_SESSION", LoginInUseError],
    ["ALREADY_AUTHORIZED", FlinksFailureError],
    ["SECURITYRESPONSES_INCOMPLETE", MfaRequiredError],
    ["NO_TRANSACTION", FlinksFailureError],
    ["METHOD_NOT_AVAILABLE", FlinksFailureError],
  ])("%s (status undocumented) is recognised under any status", (code, type) => {
    for (const status of [400, 401, 403, 409, 500]) {
      const error = errorOf(run(status, code))
      expect(error).toBeInstanceOf(type)
      expect(error.flinksCode).toBe(code)
    }
  })
})

describe("translate: the [?] readings", () => {
  it.each([400, 401])("INVALID_LOGIN as %i is invalid credentials", (status) => {
    expect(errorOf(run(status, "INVALID_LOGIN"))).toBeInstanceOf(InvalidCredentialsError)
  })

  it.each([400, 401])("INVALID_REQUEST as %i is a rejected request, not retried", (status) => {
    expect(errorOf(run(status, "INVALID_REQUEST"))).toMatchObject({ reason: "rejected", retryable: false })
  })

  it.each([401, 403, 429])("TOO_MANY_REQUESTS as %i is rate limiting", (status) => {
    expect(errorOf(run(status, "TOO_MANY_REQUESTS"))).toBeInstanceOf(RateLimitedError)
  })

  it("a 429 without a code is rate limiting, with its Retry-After", () => {
    const error = errorOf(
      translate({ endpoint: "GetAccountsDetail", call: "data", status: 429, body: undefined, retryAfterMs: 3000 })
    )
    expect(error).toBeInstanceOf(RateLimitedError)
    expect((error as RateLimitedError).retryAfterMs).toBe(3000)
  })
})

describe("translate: successes and in-between answers", () => {
  it("200 is ok, with the body untouched", () => {
    const outcome = run(200, undefined, "authorize_live", { RequestId: "r" })
    expect(outcome).toMatchObject({ kind: "ok", status: 200 })
  })

  it.each(["OPERATION_PENDING", "OPERATION_DISPATCHED"])("202 %s is pending", (code) => {
    expect(run(202, code, "data", { RequestId: "r-1" })).toMatchObject({
      kind: "pending",
      flinksCode: code,
      requestId: "r-1",
    })
  })

  it("202 without a code is still pending", () => {
    expect(translate({ endpoint: "GetAccountsDetail", call: "data", status: 202, body: undefined })).toMatchObject({
      kind: "pending",
      flinksCode: "OPERATION_PENDING",
    })
  })

  it("203 is MFA required, with the exact prompts and unknown challenge types kept", () => {
    const error = errorOf(
      run(203, undefined, "authorize_live", {
        RequestId: "req-203",
        Institution: "FlinksCapital",
        InstitutionId: 14,
        SecurityChallenges: [
          { Type: "QuestionAndAnswer", Prompt: "What shape do people like most?" },
          { Type: "MultipleChoice", Prompt: "Pick one", Iterables: ["a", "b"] },
          { Type: "TextMessage" },
        ],
      })
    ) as MfaRequiredError
    expect(error).toBeInstanceOf(MfaRequiredError)
    expect(error.requestId).toBe("req-203")
    expect(error.institution).toEqual({ name: "FlinksCapital", id: "14", displayName: null })
    expect(error.challenges.map((c) => [c.type, c.prompt])).toEqual([
      ["QuestionAndAnswer", "What shape do people like most?"],
      ["MultipleChoice", "Pick one"],
      ["TextMessage", null],
    ])
    expect(error.challenges[1].raw).toMatchObject({ Iterables: ["a", "b"] })
  })

  it("a 203 whose body is unreadable is a failure, not a silent success", () => {
    const error = errorOf(run(203, undefined, "authorize_live", { RequestId: "r" }))
    expect(error).toMatchObject({ code: "flinks_failure", reason: "unexpected_response" })
  })

  it("QUESTION_NOT_FOUND on a cached Authorize with a RequestId is a stale, usable session", () => {
    const outcome = run(401, "QUESTION_NOT_FOUND", "authorize_cached", {
      RequestId: "req-stale",
      Login: { Id: "login", LastRefresh: "2024-01-02T03:04:05.123456" },
    })
    expect(outcome.kind).toBe("stale")
  })

  it("QUESTION_NOT_FOUND on a live call, or without a RequestId, means MFA is required", () => {
    expect(errorOf(run(401, "QUESTION_NOT_FOUND", "authorize_live", { RequestId: "r" }))).toBeInstanceOf(
      MfaRequiredError
    )
    expect(errorOf(run(401, "QUESTION_NOT_FOUND", "authorize_cached"))).toBeInstanceOf(MfaRequiredError)
  })

  it("a proxy that flattens everything to 200 does not hide the body's status", () => {
    const outcome = translate({ endpoint: "x", call: "data", status: 200, body: body(400, "SESSION_NONEXISTENT") })
    expect(errorOf(outcome)).toBeInstanceOf(SessionExpiredError)
  })
})

describe("translate: answers without a code", () => {
  it("keeps an unknown FlinksCode as is", () => {
    const error = errorOf(run(401, "SOMETHING_NEW"))
    expect(error).toMatchObject({
      code: "flinks_failure",
      reason: "unknown_code",
      flinksCode: "SOMETHING_NEW",
      retryable: false,
    })
    expect(errorOf(run(503, "SOMETHING_NEW")).retryable).toBe(true)
  })

  it.each([500, 502, 503])("%i without a body is a transient server error", (status) => {
    const error = errorOf(translate({ endpoint: "x", call: "data", status, body: undefined, bodyBroken: true }))
    expect(error).toMatchObject({ reason: "server_error", retryable: true })
  })

  it.each([401, 403])("%i without a code is unauthorized", (status) => {
    expect(errorOf(translate({ endpoint: "x", call: "token", status, body: undefined }))).toBeInstanceOf(
      UnauthorizedError
    )
  })

  it("a 200 whose body is not JSON is a transient broken_json failure", () => {
    const error = errorOf(
      translate({ endpoint: "GetAccountsDetail", call: "data", status: 200, body: undefined, bodyBroken: true })
    )
    expect(error).toMatchObject({ reason: "broken_json", retryable: true })
  })

  it("404 and other 4xx without a code are rejected, not retried", () => {
    expect(errorOf(translate({ endpoint: "x", call: "data", status: 404, body: undefined }))).toMatchObject({
      reason: "rejected",
      retryable: false,
    })
  })

  it("never copies Flinks' message, which can quote a LoginId", () => {
    const error = errorOf(
      run(401, "INVALID_LOGIN", "authorize_cached", { Message: "Login 1234-secret-login not found" })
    )
    expect(error.message).not.toContain("1234-secret-login")
  })
})

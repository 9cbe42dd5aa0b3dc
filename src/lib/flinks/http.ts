import type { FlinksInstanceConfig, ResolvedClientOptions } from "./config"
import { FlinksError, FlinksFailureError, RateLimitedError } from "./errors"
import { JsonSyntaxError, readLosslessJson } from "./lossless-json"
import type { TransactionStream } from "./transaction-stream"
import { redact, redactMeta } from "./redact"
import { FlinksCallKind, FlinksOutcome, translate } from "./translate"

/*
 * The transport: one Flinks HTTP call, its headers, its timeout, its bounded retries, and the
 * translation of whatever came back. It knows which credential each endpoint takes; it does not
 * know what the endpoints mean.
 */

/** Which credential goes in which header; the values never leave this file except on the wire. */
export type FlinksAuth =
  /** GenerateAuthorizeToken: `flinks-auth-key: <secret key>`. */
  | { kind: "secret_key" }
  /**
   * GetNightlyRefreshStatus: the current docs page says `Authorization: Bearer <secret key>`, older
   * endpoints take `flinks-auth-key`; which one this endpoint checks is unconfirmed, so both go.
   */
  | { kind: "secret_key_bearer" }
  /** Authorize: `flinks-auth-key: <single-use authorize token>`. */
  | { kind: "authorize_token"; token: string }
  /** Data endpoints: `x-api-key`; the RequestId in the body or path is the session. */
  | { kind: "api_key" }

export type FlinksHttpRequest = {
  endpoint: string
  method: "GET" | "POST" | "PATCH" | "DELETE"
  /** A RequestId or LoginId appended to the path. */
  pathParam?: string
  /** Query parameters; like pathParam, their values are kept out of every log line. */
  query?: Record<string, string>
  auth: FlinksAuth
  body?: Record<string, unknown>
  call: FlinksCallKind
  /** Values in this request that must never appear in a log line (LoginId, username...). */
  secrets?: ReadonlyArray<string | null | undefined>
  /** Where an accounts detail's lines go as the body streams in, instead of into the parsed body. */
  transactions?: TransactionStream
}

/**
 * "transient": retry whatever may succeed unchanged later (5xx, RETRY_LATER, timeouts, dropped
 * connections, broken bodies, rate limits, a busy login).
 * "refused_only": the call may have had an effect even when the answer was lost (an MFA answer
 * can consume a one-time code), so repeat it only when Flinks refused it outright.
 */
export type RetryPolicy = "transient" | "refused_only"

export type FlinksHttpResult = { outcome: FlinksOutcome; attempts: number }

export class FlinksHttp {
  private readonly config: FlinksInstanceConfig
  private readonly options: ResolvedClientOptions

  constructor(config: FlinksInstanceConfig, options: ResolvedClientOptions) {
    this.config = config
    this.options = options
  }

  url(endpoint: string, pathParam?: string, query?: Record<string, string>): string {
    const base = `${this.config.baseUrl}/v3/${encodeURIComponent(this.config.customerId)}/BankingServices/${endpoint}`
    const path = pathParam === undefined ? base : `${base}/${encodeURIComponent(pathParam)}`
    return query && Object.keys(query).length ? `${path}?${new URLSearchParams(query)}` : path
  }

  /**
   * Sends, and sends again while the outcome is transient and attempts remain (`maxRetries`, the
   * client's setting unless a caller that waits elsewhere asks for fewer). `build` runs before every
   * attempt so that Authorize can take a fresh single-use token each time.
   */
  async request(
    build: (attempt: number) => FlinksHttpRequest | Promise<FlinksHttpRequest>,
    policy: RetryPolicy,
    maxRetries = this.options.maxRetries
  ): Promise<FlinksHttpResult> {
    const maxAttempts = 1 + Math.max(0, maxRetries)
    for (let attempt = 1; ; attempt++) {
      const request = await build(attempt)
      const outcome = await this.send(request, attempt)
      if (outcome.kind !== "error" || attempt >= maxAttempts || !shouldRetry(outcome.error, policy)) {
        return { outcome, attempts: attempt }
      }
      const delay = this.retryDelay(attempt, outcome.error)
      this.log("warn", request, `Flinks ${request.endpoint} failed, retrying in ${delay} ms`, {
        attempt,
        code: outcome.error.code,
        flinksCode: outcome.error.flinksCode,
        httpStatus: outcome.error.httpStatus,
      })
      await this.options.sleep(delay)
    }
  }

  /** One attempt. Never throws: failures come back as an error outcome. */
  async send(request: FlinksHttpRequest, attempt = 1): Promise<FlinksOutcome> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.requestTimeoutMs)
    const started = this.options.now()
    let status: number
    let retryAfterMs: number | null
    let body: unknown
    let bodyBroken = false
    try {
      const response = await this.options.fetch(this.url(request.endpoint, request.pathParam, request.query), {
        method: request.method,
        headers: this.headers(request),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        // A redirect would carry x-api-key or flinks-auth-key to wherever it points.
        redirect: "manual",
      })
      status = response.status
      retryAfterMs = parseRetryAfter(response.headers.get("retry-after"))
      try {
        // Parsed as it arrives: an accounts detail can be tens of megabytes, never needed as text.
        // Each attempt's body is a new answer: lines an earlier, broken one delivered are forgotten.
        await request.transactions?.begin()
        body = await readLosslessJson(response.body, request.transactions)
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error
        bodyBroken = true
      }
    } catch (error) {
      const failure = this.transportFailure(request, error, controller.signal.aborted)
      this.log("warn", request, failure.message, { attempt, code: failure.code, reason: failure.reason })
      return { kind: "error", error: failure }
    } finally {
      clearTimeout(timer)
    }

    const outcome = translate({
      endpoint: request.endpoint,
      call: request.call,
      status,
      body,
      bodyBroken,
      retryAfterMs,
    })
    this.log("debug", request, `Flinks ${request.method} ${request.endpoint} answered ${status}`, {
      attempt,
      httpStatus: status,
      outcome: outcome.kind,
      flinksCode:
        outcome.kind === "error" ? outcome.error.flinksCode : outcome.kind === "pending" ? outcome.flinksCode : null,
      durationMs: this.options.now() - started,
    })
    return outcome
  }

  private headers(request: FlinksHttpRequest): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json" }
    if (request.body !== undefined) headers["content-type"] = "application/json"
    switch (request.auth.kind) {
      case "secret_key":
        headers["flinks-auth-key"] = this.config.secretKey
        break
      case "secret_key_bearer":
        headers.authorization = `Bearer ${this.config.secretKey}`
        headers["flinks-auth-key"] = this.config.secretKey
        break
      case "authorize_token":
        headers["flinks-auth-key"] = request.auth.token
        break
      case "api_key":
        headers["x-api-key"] = this.config.apiKey
        break
    }
    return headers
  }

  private transportFailure(request: FlinksHttpRequest, error: unknown, timedOut: boolean): FlinksFailureError {
    const context = { endpoint: request.endpoint }
    if (timedOut) {
      return new FlinksFailureError(
        "timeout",
        `Flinks did not answer ${request.endpoint} within ${this.options.requestTimeoutMs} ms`,
        context
      )
    }
    // Only a system error code such as ECONNRESET: the error's own message could quote a URL.
    const code = systemErrorCode(error)
    return new FlinksFailureError(
      "network",
      `The connection to Flinks failed during ${request.endpoint}${code ? ` (${code})` : ""}`,
      context
    )
  }

  private retryDelay(attempt: number, error: FlinksError): number {
    const { retryBaseDelayMs, retryMaxDelayMs, random } = this.options
    const exponential = Math.min(retryMaxDelayMs, retryBaseDelayMs * 2 ** (attempt - 1))
    // Jitter keeps the two instances and many merchants from retrying in step.
    const jittered = Math.round(exponential * (0.5 + random() / 2))
    if (error instanceof RateLimitedError && error.retryAfterMs !== null) {
      return Math.min(retryMaxDelayMs, Math.max(jittered, error.retryAfterMs))
    }
    return jittered
  }

  private log(
    level: "debug" | "warn",
    request: FlinksHttpRequest,
    message: string,
    meta: Record<string, unknown>
  ): void {
    const write = this.options.logger[level]
    if (!write) return
    const secrets = [
      this.config.secretKey,
      this.config.apiKey,
      request.auth.kind === "authorize_token" ? request.auth.token : null,
      request.pathParam,
      ...Object.values(request.query ?? {}),
      ...(request.secrets ?? []),
    ]
    write(
      redact(message, secrets),
      redactMeta({ instance: this.config.id, endpoint: request.endpoint, ...meta }, secrets)
    )
  }
}

function shouldRetry(error: FlinksError, policy: RetryPolicy): boolean {
  if (policy === "refused_only") return error instanceof RateLimitedError
  return error.retryable
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  const seconds = Number(value)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null
}

function systemErrorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]*$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return null
}

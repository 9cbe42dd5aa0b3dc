import type { ZodType } from "zod"
import {
  FlinksClientOptions,
  FlinksInstanceConfig,
  FlinksInstanceId,
  ResolvedClientOptions,
  resolveOptions,
  validateInstanceConfig,
} from "./config"
import { FlinksFailureError, FlinksTimeoutError, InvalidCredentialsError } from "./errors"
import { daysOfTransactionsSince } from "./history-window"
import { FlinksCallKind, FlinksOutcome, describeIssues } from "./translate"
import { FlinksHttp, FlinksHttpRequest } from "./http"
import { normaliseAccounts, normaliseInstitution, normaliseLogin, normaliseStatements } from "./normalise"
import {
  accountsSchema,
  authorizedSchema,
  deleteCardSchema,
  generateTokenSchema,
  loginSchema,
  nightlyRefreshCardSchema,
  nightlyRefreshStatusSchema,
  setScheduledRefreshSchema,
  statementsSchema,
} from "./schemas"
import type {
  DaysOfTransactions,
  FlinksAccounts,
  FlinksAccountStatements,
  FlinksAuthorization,
  FlinksCachedAuthorization,
  FlinksLanguage,
  FlinksNightlyRefreshCard,
  FlinksNightlyRefreshStatus,
  FlinksTransactionSink,
  NumberOfStatements,
} from "./types"
import { TransactionStream } from "./transaction-stream"

export type AuthorizeOptions = {
  /** MFA prompts follow it. */
  language?: FlinksLanguage
  /** A correlation value Flinks echoes back. */
  tag?: string
  /**
   * A token from generateAuthorizeToken to spend on the first attempt. Without it (the usual
   * case) the client generates one; retries always generate a fresh one, tokens being single-use.
   */
  authorizeToken?: string
}

export type CredentialsInput = AuthorizeOptions & {
  /** Flinks' institution key, e.g. "FlinksCapital". */
  institution: string
  username: string
  password: string
}

/** Answers keyed by the exact prompt Flinks asked, e.g. {"What city were you born in?": ["Montreal"]}. */
export type MfaAnswers = Record<string, string[]>

export type AccountsDetailOptions = {
  withTransactions: boolean
  daysOfTransactions: DaysOfTransactions
  /** Only these accounts; all of the login's accounts when absent. */
  accountIds?: string[]
  withAccountIdentity?: boolean
  /** Personal data of the holder; off unless a feature needs it. */
  withKyc?: boolean
  /** Called once when Flinks answers "still processing" (202) and the client starts polling. */
  onPending?: () => void | Promise<void>
  /**
   * Takes the lines as the answer streams in, so that it is never held whole; the accounts then
   * come back with empty `transactions`, each with its `index` in the answer.
   */
  transactions?: FlinksTransactionSink
}

export type AccountsSinceOptions = Omit<AccountsDetailOptions, "withTransactions" | "daysOfTransactions"> & {
  /** The earliest calendar date (YYYY-MM-DD) whose transactions are wanted. */
  since: string
  /** Today's calendar date; UTC's by default. */
  today?: string
}

export type StatementsOptions = {
  numberOfStatements?: NumberOfStatements
  accountIds?: string[]
}

export type ConnectUrlOptions = {
  redirectUrl: string
  tag?: string
  language?: FlinksLanguage
  /** Resume at the MFA step of a live Authorize that answered 203. */
  requestId?: string
  /** Shows the test bank Flinks Capital. */
  demo?: boolean
  /** Emit the REDIRECT event instead of navigating. */
  jsRedirect?: boolean
  innerRedirect?: boolean
  authorizeToken?: string
  consentEnable?: boolean
  accountSelectorEnable?: boolean
  showAllAccounts?: boolean
  institutionFilterEnable?: boolean
  closeEnable?: boolean
  customerName?: string
  daysOfTransactions?: DaysOfTransactions
  theme?: string
  /** Canada only: collect all of the bank's security questions at sign-in, for unattended refreshes. */
  enhancedMFA?: boolean
  /** Lets the user skip the Enhanced MFA questions. */
  skipEnhancedMFA?: boolean
  /** Turns on Flinks' scheduled (nightly) refresh for the login signed in here. */
  scheduleRefresh?: boolean
  /**
   * Opens the widget at this bank's sign-in instead of its bank list. Flinks documents preselection
   * "by InstitutionId" without naming the parameter, so both readings travel: `institutionId` (the
   * numeric id Authorize returns, e.g. 14) and `institution` (the key, e.g. FlinksCapital).
   */
  preselect?: { institution?: string; institutionId?: string }
}

/**
 * One configured Flinks instance (Flinks Canada and Flinks USA are two of these). Every method
 * either returns normalised data or throws a FlinksError; nothing Flinks-shaped leaks out.
 */
export class FlinksClient {
  readonly instanceId: FlinksInstanceId
  private readonly config: FlinksInstanceConfig
  private readonly options: ResolvedClientOptions
  private readonly http: FlinksHttp

  constructor(config: FlinksInstanceConfig, options: FlinksClientOptions = {}) {
    this.config = validateInstanceConfig(config)
    this.options = resolveOptions(options)
    this.instanceId = this.config.id
    this.http = new FlinksHttp(this.config, this.options)
  }

  /** A single-use token for Authorize or for the Connect widget; it dies unused after 30 min. */
  async generateAuthorizeToken(): Promise<string> {
    const { outcome } = await this.http.request(
      () => ({ endpoint: "GenerateAuthorizeToken", method: "POST", auth: { kind: "secret_key" }, call: "token" }),
      "transient"
    )
    return this.expectOk(generateTokenSchema, outcome, "GenerateAuthorizeToken").Token
  }

  /**
   * A new RequestId over the data Flinks already holds; the bank is not contacted. When the last
   * live refresh stopped at an unanswered MFA, the answer is "mfa_pending": the RequestId still
   * reads the data, which is as old as `lastRefresh`.
   */
  async authorizeCached(loginId: string, options: AuthorizeOptions = {}): Promise<FlinksCachedAuthorization> {
    const outcome = await this.authorize(
      "authorize_cached",
      { LoginId: loginId, MostRecentCached: true, ...commonAuthorizeFields(options) },
      [loginId],
      options.authorizeToken
    )
    if (outcome.kind === "stale") {
      const login = loginSchema.safeParse(outcome.body.Login)
      return {
        outcome: "mfa_pending",
        requestId: outcome.body.RequestId,
        login: login.success ? normaliseLogin(login.data) : null,
        lastRefresh: login.success ? (login.data.LastRefresh ?? null) : null,
        institution: normaliseInstitution(outcome.body),
      }
    }
    return this.authorized(outcome)
  }

  /** Contacts the bank through a stored login. Throws MfaRequiredError when the bank asks. */
  async authorizeLive(loginId: string, options: AuthorizeOptions = {}): Promise<FlinksAuthorization> {
    const outcome = await this.authorize(
      "authorize_live",
      { LoginId: loginId, MostRecentCached: false, Save: true, ...commonAuthorizeFields(options) },
      [loginId],
      options.authorizeToken
    )
    return this.authorized(outcome)
  }

  /** The legacy flow without Connect. Throws MfaRequiredError when the bank asks. */
  async authorizeWithCredentials(input: CredentialsInput): Promise<FlinksAuthorization> {
    const outcome = await this.authorize(
      "authorize_live",
      {
        Institution: input.institution,
        Username: input.username,
        Password: input.password,
        MostRecentCached: false,
        Save: true,
        ...commonAuthorizeFields(input),
      },
      [input.username, input.password],
      input.authorizeToken
    )
    return this.authorized(outcome)
  }

  /**
   * Answers the questions of a 203. Another question throws MfaRequiredError again. `login` can
   * be null: Flinks may omit it here; getAccountsSummary on the same RequestId gives it.
   * A fresh authorize token goes with every answer: whether Flinks needs one is unconfirmed, and
   * an unneeded token simply dies unused.
   */
  async answerMfa(
    requestId: string,
    answers: MfaAnswers,
    options: Pick<AuthorizeOptions, "authorizeToken"> = {}
  ): Promise<FlinksAuthorization> {
    const outcome = await this.authorize(
      "authorize_answer",
      { RequestId: requestId, SecurityResponses: answers },
      Object.values(answers).flat(),
      options.authorizeToken
    )
    return this.authorized(outcome)
  }

  async getAccountsSummary(requestId: string): Promise<FlinksAccounts> {
    return this.accounts("GetAccountsSummary", requestId, { RequestId: requestId })
  }

  /** Waits through 202 OPERATION_PENDING / OPERATION_DISPATCHED; FlinksTimeoutError past the deadline. */
  async getAccountsDetail(requestId: string, options: AccountsDetailOptions): Promise<FlinksAccounts> {
    const body: Record<string, unknown> = {
      RequestId: requestId,
      WithTransactions: options.withTransactions,
      WithAccountIdentity: options.withAccountIdentity ?? false,
      WithKYC: options.withKyc ?? false,
      DaysOfTransactions: options.daysOfTransactions,
    }
    if (options.accountIds?.length) body.AccountsFilter = options.accountIds
    const stream = options.transactions ? new TransactionStream(options.transactions) : undefined
    const accounts = await this.accounts("GetAccountsDetail", requestId, body, options.onPending, stream)
    if (stream?.failure) {
      if ("sink" in stream.failure) throw stream.failure.sink
      throw new FlinksFailureError(
        "unexpected_response",
        `Flinks answered GetAccountsDetail with a body this client cannot read (${stream.failure.unreadable})`,
        { endpoint: "GetAccountsDetail", httpStatus: 200, retryable: false }
      )
    }
    return accounts
  }

  /**
   * The accounts with their transactions from `since` (a calendar date, YYYY-MM-DD) on: the caller
   * says how far back it needs, the client picks the Flinks window that reaches it.
   */
  async getAccountsSince(requestId: string, options: AccountsSinceOptions): Promise<FlinksAccounts> {
    const { since, today = new Date().toISOString().slice(0, 10), ...rest } = options
    return this.getAccountsDetail(requestId, {
      ...rest,
      withTransactions: true,
      daysOfTransactions: daysOfTransactionsSince(since, today),
    })
  }

  async getStatements(requestId: string, options: StatementsOptions = {}): Promise<FlinksAccountStatements[]> {
    const body: Record<string, unknown> = {
      RequestId: requestId,
      NumberOfStatements: options.numberOfStatements ?? "MostRecent",
    }
    if (options.accountIds?.length) body.AccountsFilter = options.accountIds
    const { outcome } = await this.http.request(
      () => ({ endpoint: "GetStatements", method: "POST", auth: { kind: "api_key" }, body, call: "data" }),
      "transient"
    )
    return normaliseStatements(this.expectOk(statementsSchema, outcome, "GetStatements"))
  }

  /**
   * Deletes the login and all its data at Flinks. LoginInUseError while Flinks still processes it.
   * `retries` overrides the client's retry count, for a caller that retries later by itself.
   */
  async deleteCard(loginId: string, options: { retries?: number } = {}): Promise<void> {
    const { outcome, attempts } = await this.http.request(
      () => ({
        endpoint: "DeleteCard",
        method: "DELETE",
        pathParam: loginId,
        auth: { kind: "api_key" },
        call: "delete",
      }),
      "transient",
      options.retries
    )
    // A retry after a lost answer finds the login already gone: that is the success we wanted.
    if (
      outcome.kind === "error" &&
      attempts > 1 &&
      outcome.error instanceof InvalidCredentialsError &&
      outcome.error.credential === "login"
    ) {
      return
    }
    this.expectOk(deleteCardSchema, outcome, "DeleteCard")
  }

  /**
   * The logins Flinks' scheduled refresh could not refresh. Whether an instance answers this at
   * all is unconfirmed (REFERENCE.md §10): 404 or 405 reads as "not offered", and a 200 without
   * IneligibleCards as "none". A malformed entry is skipped, not fatal.
   */
  async getNightlyRefreshStatus(): Promise<FlinksNightlyRefreshStatus> {
    const { outcome } = await this.http.request(
      () => ({
        endpoint: "GetNightlyRefreshStatus",
        method: "GET",
        auth: { kind: "secret_key_bearer" },
        call: "data",
      }),
      "transient"
    )
    if (isNotOffered(outcome)) return { offered: false, cards: [] }
    if (outcome.kind === "ok" && (outcome.body === undefined || outcome.body === null))
      return { offered: true, cards: [] }
    const body = this.expectOk(nightlyRefreshStatusSchema, outcome, "GetNightlyRefreshStatus")
    const cards: FlinksNightlyRefreshCard[] = []
    for (const entry of body.IneligibleCards ?? []) {
      const card = nightlyRefreshCardSchema.safeParse(entry)
      if (!card.success) continue
      cards.push({
        loginId: card.data.LoginId,
        lastRefreshDate: card.data.LastRefreshDate ?? null,
        state: card.data.LastRefreshState ?? null,
        errorCode: card.data.LastRefreshErrorCode ?? null,
      })
    }
    return { offered: true, cards }
  }

  /**
   * Turns Flinks' scheduled refresh on or off for one login. The request's shape is unconfirmed
   * (the docs show a body, a Ruby client sends query parameters), so both carry the values.
   * `offered: false` when the instance does not have the endpoint (404 or 405).
   */
  async setScheduledRefresh(loginId: string, activated: boolean): Promise<{ offered: boolean }> {
    const { outcome } = await this.http.request(
      () => ({
        endpoint: "SetScheduledRefresh",
        method: "PATCH",
        auth: { kind: "api_key" },
        query: { LoginId: loginId, IsActivated: String(activated) },
        body: { LoginId: loginId, IsActivated: activated },
        call: "data",
        secrets: [loginId],
      }),
      "transient"
    )
    if (isNotOffered(outcome)) return { offered: false }
    this.expectOk(setScheduledRefreshSchema, outcome, "SetScheduledRefresh")
    return { offered: true }
  }

  /** The Connect widget's address for this instance. */
  connectUrl(options: ConnectUrlOptions): string {
    const url = new URL(this.config.connectUrl)
    const params: Record<string, string | boolean | undefined> = {
      redirectUrl: options.redirectUrl,
      tag: options.tag,
      language: options.language,
      requestId: options.requestId,
      demo: options.demo,
      jsRedirect: options.jsRedirect,
      innerRedirect: options.innerRedirect,
      authorizeToken: options.authorizeToken,
      consentEnable: options.consentEnable,
      accountSelectorEnable: options.accountSelectorEnable,
      showAllAccounts: options.showAllAccounts,
      institutionFilterEnable: options.institutionFilterEnable,
      closeEnable: options.closeEnable,
      customerName: options.customerName,
      daysOfTransactions: options.daysOfTransactions,
      theme: options.theme,
      enhancedMFA: options.enhancedMFA,
      skipEnhancedMFA: options.skipEnhancedMFA,
      scheduleRefresh: options.scheduleRefresh,
      institution: options.preselect?.institution,
      institutionId: options.preselect?.institutionId,
    }
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    return url.toString()
  }

  private async authorize(
    call: FlinksCallKind,
    body: Record<string, unknown>,
    secrets: string[],
    firstToken: string | undefined
  ): Promise<FlinksOutcome> {
    const { outcome } = await this.http.request(
      async (attempt): Promise<FlinksHttpRequest> => ({
        endpoint: "Authorize",
        method: "POST",
        auth: {
          kind: "authorize_token",
          token: attempt === 1 && firstToken ? firstToken : await this.generateAuthorizeToken(),
        },
        body,
        call,
        secrets,
      }),
      call === "authorize_answer" ? "refused_only" : "transient"
    )
    return outcome
  }

  private authorized(outcome: FlinksOutcome): FlinksAuthorization {
    const body = this.expectOk(authorizedSchema, outcome, "Authorize")
    return {
      outcome: "authorized",
      requestId: body.RequestId,
      login: normaliseLogin(body.Login),
      institution: normaliseInstitution(body),
      tag: body.Tag ?? null,
    }
  }

  private async accounts(
    endpoint: "GetAccountsSummary" | "GetAccountsDetail",
    requestId: string,
    body: Record<string, unknown>,
    onPending?: () => void | Promise<void>,
    transactions?: TransactionStream
  ): Promise<FlinksAccounts> {
    let { outcome } = await this.http.request(
      () => ({ endpoint, method: "POST", auth: { kind: "api_key" }, body, call: "data", transactions }),
      "transient"
    )
    if (outcome.kind === "pending") {
      await onPending?.()
      outcome = await this.poll(`${endpoint}Async`, outcome.requestId ?? requestId, transactions)
    }
    return normaliseAccounts(this.expectOk(accountsSchema, outcome, endpoint), requestId)
  }

  /**
   * Flinks finishes long reads in the background; its *Async endpoint answers 202 until the
   * data is ready. Intervals grow from pollIntervalMs to pollMaxIntervalMs; past pollDeadlineMs
   * (by default the 30 minutes a processing RequestId lives) waiting longer is pointless.
   */
  private async poll(endpoint: string, requestId: string, transactions?: TransactionStream): Promise<FlinksOutcome> {
    const { now, sleep, pollIntervalMs, pollBackoffFactor, pollMaxIntervalMs, pollDeadlineMs } = this.options
    const started = now()
    let interval = pollIntervalMs
    for (;;) {
      const remaining = pollDeadlineMs - (now() - started)
      if (remaining <= 0) {
        throw new FlinksTimeoutError(now() - started, { endpoint, httpStatus: 202 })
      }
      await sleep(Math.min(interval, remaining))
      const { outcome } = await this.http.request(
        () => ({
          endpoint,
          method: "GET",
          pathParam: requestId,
          auth: { kind: "api_key" },
          call: "data",
          transactions,
        }),
        "transient"
      )
      if (outcome.kind !== "pending") return outcome
      interval = Math.min(pollMaxIntervalMs, Math.max(1, Math.round(interval * pollBackoffFactor)))
    }
  }

  private expectOk<T>(schema: ZodType<T>, outcome: FlinksOutcome, endpoint: string): T {
    if (outcome.kind === "error") throw outcome.error
    if (outcome.kind !== "ok") {
      const what = outcome.kind === "pending" ? `202 ${outcome.flinksCode}` : "a stale-session answer"
      throw new FlinksFailureError("unexpected_response", `Flinks answered ${endpoint} with ${what}`, {
        endpoint,
        retryable: false,
      })
    }
    const parsed = schema.safeParse(outcome.body)
    if (!parsed.success) {
      throw new FlinksFailureError(
        "unexpected_response",
        `Flinks answered ${endpoint} with a body this client cannot read (${describeIssues(parsed.error.issues)})`,
        { endpoint, httpStatus: outcome.status, retryable: false }
      )
    }
    return parsed.data
  }
}

/** An instance without the endpoint: 404 or 405, whatever the body says. */
function isNotOffered(outcome: FlinksOutcome): boolean {
  return outcome.kind === "error" && [404, 405].includes(outcome.error.httpStatus ?? 0)
}

function commonAuthorizeFields(options: AuthorizeOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  if (options.language) fields.Language = options.language
  if (options.tag) fields.Tag = options.tag
  return fields
}

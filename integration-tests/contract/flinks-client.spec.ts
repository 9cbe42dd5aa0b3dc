/**
 * The Flinks client against a Flinks: by default the project's sandbox, started in-process; with
 * FLINKS_CONTRACT_BASE_URL set, a real Flinks instance (Flinks' toolbox unless the other
 * FLINKS_CONTRACT_* variables name another). The same expectations hold for both. Cases that need
 * a sandbox knob (faults, clock, variants, added lines) cannot run on real Flinks, which has none:
 * they are declared with `knobTest`, which skips them there and says so in the test name.
 */
import {
  FLINKS_TOOLBOX,
  FlinksAuthorization,
  FlinksClient,
  FlinksClientOptions,
  FlinksError,
  FlinksInstanceConfig,
  FlinksTimeoutError,
  InvalidCredentialsError,
  LoginDisabledError,
  LoginInUseError,
  MfaRequiredError,
  RateLimitedError,
  RetryLaterError,
  SessionExpiredError,
  UnauthorizedError,
  FlinksFailureError,
} from "../../src/lib/flinks"
import { sandboxFlinksOptions, startSandbox } from "../../sandbox/src"

const REAL_BASE_URL = process.env.FLINKS_CONTRACT_BASE_URL
const ON_REAL_FLINKS = Boolean(REAL_BASE_URL)

const SKIP_ON_REAL = "skipped on real Flinks: it needs a sandbox knob, and real Flinks has none"
/** A case that drives a sandbox knob: it runs on the sandbox and is skipped, visibly, on real Flinks. */
const knobTest = (name: string, fn: () => Promise<void>, timeout?: number) =>
  ON_REAL_FLINKS ? test.skip(`${name} [${SKIP_ON_REAL}]`, fn) : test(name, fn, timeout)
const SKIP_PAGE_ON_REAL =
  "skipped on real Flinks: its Connect page is a script app, whose first step is not in its HTML"
/** A case that reads the Connect page's first step from its HTML, which only the sandbox's page holds. */
const connectPageTest = (name: string, fn: () => Promise<void>) =>
  ON_REAL_FLINKS ? test.skip(`${name} [${SKIP_PAGE_ON_REAL}]`, fn) : test(name, fn)

jest.setTimeout(ON_REAL_FLINKS ? 15 * 60_000 : 15_000)

const PASSWORD = "Everyday"
const INSTITUTION = "FlinksCapital"
const DECIMAL = /^-?\d+(\.\d+)?$/
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

// Flinks Capital's documented questions and answers (Canada, in English and French).
const CANADIAN_ANSWERS: Record<string, string> = {
  "What city were you born in?": "Montreal",
  "What is the best country on earth?": "Canada",
  "What shape do people like most?": "Triangle",
  "Dans quelle ville êtes-vous né?": "Montreal",
  "Quel est le meilleur pays au monde?": "Canada",
  "Quelle forme les gens préfèrent-ils?": "Triangle",
}

/** Canada's questions by their exact prompt; the US instance asks small sums ("What is 2 + 2?"). */
function answerFor(prompt: string): string {
  const known = CANADIAN_ANSWERS[prompt]
  if (known) return known
  const sum = /(\d+)\s*\+\s*(\d+)/.exec(prompt)
  if (sum) return String(Number(sum[1]) + Number(sum[2]))
  throw new Error(`No answer known for the prompt ${JSON.stringify(prompt)}`)
}

type Target = {
  ca: FlinksInstanceConfig
  us: FlinksInstanceConfig | null
  controlUrl: string | null
  close(): Promise<void>
}
let target: Target

/** What went over the wire, endpoint by endpoint, for assertions on retries and polling. */
type WireCall = { endpoint: string; status: number | "failed" }
let wire: WireCall[]
const callsTo = (endpoint: string) => wire.filter((c) => c.endpoint === endpoint)

const recordingFetch: NonNullable<FlinksClientOptions["fetch"]> = async (url, init) => {
  const endpoint = /\/BankingServices\/([A-Za-z]+)/.exec(url)?.[1] ?? url
  try {
    const response = await fetch(url, init)
    wire.push({ endpoint, status: response.status })
    return response
  } catch (error) {
    wire.push({ endpoint, status: "failed" })
    throw error
  }
}

/** Small numbers on the sandbox keep the suite fast; real Flinks gets its documented pace. */
const TUNING: FlinksClientOptions = ON_REAL_FLINKS
  ? {
      requestTimeoutMs: 240_000,
      maxRetries: 3,
      retryBaseDelayMs: 2_000,
      retryMaxDelayMs: 20_000,
      pollIntervalMs: 10_000,
      pollDeadlineMs: 10 * 60_000,
    }
  : {
      requestTimeoutMs: 2_000,
      maxRetries: 2,
      retryBaseDelayMs: 5,
      retryMaxDelayMs: 20,
      pollIntervalMs: 10,
      pollBackoffFactor: 1.5,
      pollMaxIntervalMs: 40,
      pollDeadlineMs: 1_500,
    }

const makeClient = (options: FlinksClientOptions = {}, config: FlinksInstanceConfig = target.ca) =>
  new FlinksClient(config, { ...TUNING, fetch: recordingFetch, ...options })

async function control(method: "POST" | "DELETE" | "GET", path: string, body?: unknown): Promise<any> {
  if (!target.controlUrl) throw new Error("The control API exists only on the sandbox")
  const response = await fetch(`${target.controlUrl}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`control ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`)
  return json
}

const variants = (settings: Record<string, unknown>) => control("POST", "variants", settings)
const fault = (settings: Record<string, unknown>) => control("POST", "faults", settings)

async function expectError<T extends FlinksError>(
  promise: Promise<unknown>,
  type: new (...args: any[]) => T
): Promise<T> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(type)
    return error as T
  }
  throw new Error(`expected ${type.name}`)
}

/** Answers every question the bank asks, by its exact prompt, until Authorize gives a session. */
async function answerAll(client: FlinksClient, first: Promise<FlinksAuthorization>, prompts: string[] = []) {
  let attempt = first
  for (let round = 0; round < 10; round++) {
    try {
      return await attempt
    } catch (error) {
      if (!(error instanceof MfaRequiredError)) throw error
      expect(error.requestId).toEqual(expect.any(String))
      expect(error.challenges.length).toBeGreaterThan(0)
      const answers = Object.fromEntries(
        error.challenges.map((challenge) => {
          prompts.push(challenge.prompt!)
          return [challenge.prompt!, [answerFor(challenge.prompt!)]]
        })
      )
      attempt = client.answerMfa(error.requestId!, answers)
    }
  }
  throw new Error("The bank kept asking questions")
}

/** Credentials → MFA → a LoginId (from the Authorize answer, or the summary when Flinks left it out). */
async function connect(client: FlinksClient, username = "Greatday", prompts: string[] = []) {
  const session = await answerAll(
    client,
    client.authorizeWithCredentials({ institution: INSTITUTION, username, password: PASSWORD }),
    prompts
  )
  const loginId = session.login?.loginId ?? (await client.getAccountsSummary(session.requestId)).login?.loginId
  expect(loginId).toEqual(expect.any(String))
  return { session, loginId: loginId! }
}

const detailOptions = { withTransactions: true, daysOfTransactions: "Days90" } as const

beforeAll(async () => {
  if (ON_REAL_FLINKS) {
    const env = process.env
    target = {
      ca: {
        id: "flinks-ca",
        baseUrl: REAL_BASE_URL!,
        connectUrl: env.FLINKS_CONTRACT_CONNECT_URL ?? FLINKS_TOOLBOX.connectUrl,
        customerId: env.FLINKS_CONTRACT_CUSTOMER_ID ?? FLINKS_TOOLBOX.customerId,
        secretKey: env.FLINKS_CONTRACT_SECRET_KEY ?? FLINKS_TOOLBOX.secretKey,
        apiKey: env.FLINKS_CONTRACT_API_KEY ?? FLINKS_TOOLBOX.apiKey,
      },
      us: null,
      controlUrl: null,
      close: async () => {},
    }
    return
  }
  const running = await startSandbox({ port: 0, seed: 7 })
  const options = sandboxFlinksOptions(running.url)
  target = {
    ca: { id: "flinks-ca", ...options["flinks-ca"] },
    us: { id: "flinks-us", ...options["flinks-us"] },
    controlUrl: running.url,
    close: () => running.close(),
  }
})

afterAll(async () => {
  await target?.close()
})

beforeEach(async () => {
  wire = []
  if (!ON_REAL_FLINKS) await control("POST", "reset", { seed: 7 })
})

describe("Flinks client contract: the happy path", () => {
  knobTest("credentials, three MFA questions by exact prompt, then every data call, then delete", async () => {
    await variants({ mfaQuestionsPerRound: 3 })
    await runHappyPath(3)
  })

  test("credentials, MFA, LoginId, cached authorize, summary, detail, statements, delete", async () => {
    await runHappyPath(null)
  })

  async function runHappyPath(expectedQuestions: number | null) {
    const client = makeClient()
    const prompts: string[] = []
    const { loginId } = await connect(client, "Greatday", prompts)
    if (expectedQuestions !== null) {
      expect(prompts).toHaveLength(expectedQuestions)
      expect(new Set(prompts).size).toBe(expectedQuestions)
    }
    expect(prompts.length).toBeGreaterThan(0)

    const cached = await client.authorizeCached(loginId)
    expect(cached.outcome).toBe("authorized")
    expect(cached.login?.loginId).toBe(loginId)
    expect(cached.institution.name).toBe(INSTITUTION)

    const summary = await client.getAccountsSummary(cached.requestId)
    expect(summary.accounts.length).toBeGreaterThan(0)
    for (const account of summary.accounts) {
      expect(account.providerAccountId).toEqual(expect.any(String))
      expect(account.transactions).toEqual([])
      for (const amount of [account.balance.current, account.balance.available, account.balance.limit]) {
        if (amount !== null) expect(amount).toMatch(DECIMAL)
      }
    }

    wire = []
    const detail = await client.getAccountsDetail(cached.requestId, detailOptions)
    // Flinks Capital answers 202 first; the client must have polled its way to the 200.
    expect(callsTo("GetAccountsDetail")[0].status).toBe(202)
    expect(callsTo("GetAccountsDetailAsync").at(-1)?.status).toBe(200)
    expect(detail.accounts.map((a) => a.providerAccountId).sort()).toEqual(
      summary.accounts.map((a) => a.providerAccountId).sort()
    )
    const transactions = detail.accounts.flatMap((a) => a.transactions)
    expect(transactions.length).toBeGreaterThan(0)
    for (const t of transactions) {
      expect(t.date).toMatch(CALENDAR_DATE)
      expect(t.providerTransactionId).toEqual(expect.any(String))
      expect([t.debit, t.credit].filter((v) => v !== null)).toHaveLength(1)
      for (const amount of [t.debit, t.credit, t.balance]) {
        if (amount !== null) expect(amount).toMatch(DECIMAL)
      }
      expect(t.raw).toHaveProperty("Id", t.providerTransactionId)
    }

    const statements = await client.getStatements(cached.requestId, { numberOfStatements: "MostRecent" })
    expect(Array.isArray(statements)).toBe(true)

    if (!ON_REAL_FLINKS) {
      // Right after a live Authorize Flinks is still busy with the login.
      await expectError(makeClient({ maxRetries: 0 }).deleteCard(loginId), LoginInUseError)
      await control("POST", "clock", { advanceMinutes: 1 })
    }
    await client.deleteCard(loginId)
    const gone = await expectError(client.authorizeCached(loginId), InvalidCredentialsError)
    expect(gone.credential).toBe("login")
  }

  knobTest("the US instance asks sums and serves its own logins", async () => {
    const us = makeClient({}, target.us!)
    const prompts: string[] = []
    const { loginId } = await connect(us, "Greatday", prompts)
    expect(prompts.every((p) => /\d+\s*\+\s*\d+/.test(p))).toBe(true)
    const cached = await us.authorizeCached(loginId)
    expect(cached.outcome).toBe("authorized")
    // A LoginId is valid only on the instance that issued it.
    await expectError(makeClient().authorizeCached(loginId), InvalidCredentialsError)
  })
})

describe("Flinks client contract: Flinks Capital's special usernames", () => {
  test("greatday_nomfa signs in without a question", async () => {
    const session = await makeClient().authorizeWithCredentials({
      institution: INSTITUTION,
      username: "greatday_nomfa",
      password: PASSWORD,
    })
    expect(session.outcome).toBe("authorized")
    expect(session.login?.loginId).toEqual(expect.any(String))
  })

  test("test_disabled_account is a disabled login", async () => {
    const error = await expectError(
      makeClient().authorizeWithCredentials({
        institution: INSTITUTION,
        username: "test_disabled_account",
        password: PASSWORD,
      }),
      LoginDisabledError
    )
    expect(error.flinksCode).toBe("DISABLED_LOGIN")
  })

  test("test_service_unavailable is retried a bounded number of times, then reported as retry later", async () => {
    const error = await expectError(
      makeClient().authorizeWithCredentials({
        institution: INSTITUTION,
        username: "test_service_unavailable",
        password: PASSWORD,
      }),
      RetryLaterError
    )
    expect(error.flinksCode).toBe("RETRY_LATER")
    expect(callsTo("Authorize")).toHaveLength(1 + TUNING.maxRetries!)
    // Each attempt spent its own authorize token.
    expect(callsTo("GenerateAuthorizeToken")).toHaveLength(1 + TUNING.maxRetries!)
  })

  test.each([
    ["test_dispatched", "OPERATION_DISPATCHED"],
    ["test_pending", "OPERATION_PENDING"],
  ])("%s: accounts detail answers 202 %s and the client polls to the data", async (username, code) => {
    const codes: unknown[] = []
    const client = makeClient({ logger: { debug: (_message, meta) => codes.push(meta?.flinksCode) } })
    const { session } = await connect(client, username)
    const cached = await client.authorizeCached((await client.getAccountsSummary(session.requestId)).login!.loginId)
    wire = []
    const detail = await client.getAccountsDetail(cached.requestId, detailOptions)
    expect(callsTo("GetAccountsDetail")[0].status).toBe(202)
    expect(codes).toContain(code)
    expect(detail.accounts.length).toBeGreaterThan(0)
  })
})

describe("Flinks client contract: refusals", () => {
  test("a wrong password is invalid credentials: password", async () => {
    const error = await expectError(
      makeClient().authorizeWithCredentials({ institution: INSTITUTION, username: "Greatday", password: "Nopeday" }),
      InvalidCredentialsError
    )
    expect(error.credential).toBe("password")
    expect(callsTo("Authorize")).toHaveLength(1)
  })

  test("a wrong MFA answer is invalid credentials: security answer, sent once", async () => {
    const client = makeClient()
    const mfa = await expectError(
      client.authorizeWithCredentials({ institution: INSTITUTION, username: "Greatday", password: PASSWORD }),
      MfaRequiredError
    )
    wire = []
    const error = await expectError(
      client.answerMfa(mfa.requestId!, { [mfa.challenges[0].prompt!]: ["Atlantis"] }),
      InvalidCredentialsError
    )
    expect(error.credential).toBe("security_answer")
    expect(callsTo("Authorize")).toHaveLength(1)
  })

  test("an answer keyed by a question that was not asked is invalid credentials: challenge key", async () => {
    const client = makeClient()
    const mfa = await expectError(
      client.authorizeWithCredentials({ institution: INSTITUTION, username: "Greatday", password: PASSWORD }),
      MfaRequiredError
    )
    const error = await expectError(
      client.answerMfa(mfa.requestId!, { "What is your favourite colour?": ["Blue"] }),
      InvalidCredentialsError
    )
    expect(error.credential).toBe("challenge_key")
  })

  test("an authorize token is single-use: spending it twice is refused", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const token = await client.generateAuthorizeToken()
    await client.authorizeCached(loginId, { authorizeToken: token })
    const error = await expectError(client.authorizeCached(loginId, { authorizeToken: token }), UnauthorizedError)
    expect(error.httpStatus).toBe(401)
  })

  test("a wrong secret key cannot get a token", async () => {
    await expectError(
      makeClient({}, { ...target.ca, secretKey: "00000000-0000-0000-0000-000000000000" }).generateAuthorizeToken(),
      UnauthorizedError
    )
  })

  test("a wrong x-api-key cannot read data", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const cached = await client.authorizeCached(loginId)
    await expectError(
      makeClient({}, { ...target.ca, apiKey: "00000000-0000-0000-0000-000000000000" }).getAccountsSummary(
        cached.requestId
      ),
      UnauthorizedError
    )
  })

  test("an unknown RequestId is an expired session", async () => {
    await expectError(makeClient().getAccountsSummary("00000000-0000-0000-0000-000000000000"), SessionExpiredError)
  })
})

describe("Flinks client contract: faults", () => {
  let loginId: string
  let requestId: string
  beforeEach(async () => {
    if (ON_REAL_FLINKS) return
    const client = makeClient()
    loginId = (await connect(client, "greatday_nomfa")).loginId
    requestId = (await client.authorizeCached(loginId)).requestId
    wire = []
  })

  knobTest("a 500 AGGREGATION_ERROR is retried, and succeeds once it clears", async () => {
    await fault({ endpoint: "GetAccountsSummary", kind: "aggregation_error", times: 2 })
    const summary = await makeClient().getAccountsSummary(requestId)
    expect(summary.accounts.length).toBeGreaterThan(0)
    expect(callsTo("GetAccountsSummary").map((c) => c.status)).toEqual([500, 500, 200])
  })

  knobTest("a 500 AGGREGATION_ERROR that persists is surfaced after bounded retries", async () => {
    await fault({ endpoint: "GetAccountsSummary", kind: "aggregation_error", times: 0 })
    const error = await expectError(makeClient().getAccountsSummary(requestId), FlinksFailureError)
    expect(error).toMatchObject({ reason: "server_error", flinksCode: "AGGREGATION_ERROR", httpStatus: 500 })
    expect(callsTo("GetAccountsSummary")).toHaveLength(1 + TUNING.maxRetries!)
  })

  knobTest("401 RETRY_LATER on a live Authorize is retried with fresh tokens, then reported", async () => {
    await fault({ endpoint: "Authorize", kind: "retry_later", times: 0 })
    await expectError(makeClient().authorizeLive(loginId), RetryLaterError)
    expect(callsTo("Authorize")).toHaveLength(1 + TUNING.maxRetries!)
    await control("DELETE", "faults")
    await fault({ endpoint: "Authorize", kind: "retry_later", times: 1 })
    expect((await makeClient().authorizeLive(loginId)).outcome).toBe("authorized")
  })

  knobTest("an answer slower than the client timeout is abandoned, retried, then reported", async () => {
    await fault({ endpoint: "GetAccountsSummary", kind: "slow", delayMs: 800, times: 0 })
    const started = Date.now()
    const error = await expectError(
      makeClient({ requestTimeoutMs: 200, maxRetries: 1 }).getAccountsSummary(requestId),
      FlinksFailureError
    )
    expect(error.reason).toBe("timeout")
    expect(Date.now() - started).toBeLessThan(1_500)
    await control("DELETE", "faults")
    await fault({ endpoint: "GetAccountsSummary", kind: "slow", delayMs: 800, times: 1 })
    expect(
      (await makeClient({ requestTimeoutMs: 200, maxRetries: 1 }).getAccountsSummary(requestId)).accounts.length
    ).toBeGreaterThan(0)
  })

  knobTest("a broken JSON body is retried, then reported as broken_json", async () => {
    await fault({ endpoint: "GetAccountsDetailAsync", kind: "broken_json", times: 1 })
    const detail = await makeClient().getAccountsDetail(requestId, detailOptions)
    expect(detail.accounts.length).toBeGreaterThan(0)
    await fault({ endpoint: "GetAccountsSummary", kind: "broken_json", times: 0 })
    const error = await expectError(makeClient().getAccountsSummary(requestId), FlinksFailureError)
    expect(error.reason).toBe("broken_json")
  })

  knobTest("an endless 202 stops at the polling deadline", async () => {
    await fault({ endpoint: "GetAccountsDetailAsync", kind: "endless_202" })
    const started = Date.now()
    const error = await expectError(
      makeClient({ pollDeadlineMs: 400 }).getAccountsDetail(requestId, detailOptions),
      FlinksTimeoutError
    )
    expect(error.elapsedMs).toBeGreaterThanOrEqual(400)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  knobTest("a dropped connection is retried, then reported as a network failure", async () => {
    await fault({ endpoint: "GetStatements", kind: "drop", times: 1 })
    expect(Array.isArray(await makeClient().getStatements(requestId))).toBe(true)
    await fault({ endpoint: "GetStatements", kind: "drop", times: 0 })
    const error = await expectError(makeClient().getStatements(requestId), FlinksFailureError)
    expect(error.reason).toBe("network")
    expect(callsTo("GetStatements").filter((c) => c.status === "failed")).toHaveLength(1 + 1 + TUNING.maxRetries!)
  })

  knobTest("TOO_MANY_REQUESTS is retried, then reported as rate limiting", async () => {
    await fault({ endpoint: "GetAccountsSummary", kind: "too_many_requests", times: 0 })
    await expectError(makeClient().getAccountsSummary(requestId), RateLimitedError)
  })

  knobTest("a fault on GenerateAuthorizeToken is retried before Authorize is reached", async () => {
    await fault({ endpoint: "GenerateAuthorizeToken", kind: "aggregation_error", times: 1 })
    expect((await makeClient().authorizeCached(loginId)).outcome).toBe("authorized")
    expect(callsTo("GenerateAuthorizeToken").map((c) => c.status)).toEqual([500, 200])
  })
})

describe("Flinks client contract: sessions and MFA on refresh", () => {
  knobTest("a RequestId idle for more than 8 minutes is an expired session", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const cached = await client.authorizeCached(loginId)
    await control("POST", "clock", { advanceMinutes: 9 })
    await expectError(client.getAccountsSummary(cached.requestId), SessionExpiredError)
    expect((await client.authorizeCached(loginId)).outcome).toBe("authorized")
  })

  knobTest("a live refresh the bank challenges throws MfaRequiredError with a usable RequestId", async () => {
    const client = makeClient()
    const { loginId } = await connect(client)
    await control("POST", `logins/${loginId}/require-mfa`)
    const mfa = await expectError(client.authorizeLive(loginId), MfaRequiredError)
    expect(mfa.requestId).toEqual(expect.any(String))
    expect(mfa.challenges[0]).toMatchObject({ type: "QuestionAndAnswer", prompt: expect.any(String) })
    const session = await answerAll(
      client,
      client.answerMfa(mfa.requestId!, { [mfa.challenges[0].prompt!]: [answerFor(mfa.challenges[0].prompt!)] })
    )
    expect(session.outcome).toBe("authorized")
  })

  knobTest("a cached Authorize after an unanswered MFA still reads the stale data", async () => {
    const client = makeClient()
    const { loginId } = await connect(client)
    const before = await client.authorizeCached(loginId)
    await control("POST", `logins/${loginId}/require-mfa`)
    await expectError(client.authorizeLive(loginId), MfaRequiredError)

    const stale = await client.authorizeCached(loginId)
    expect(stale.outcome).toBe("mfa_pending")
    if (stale.outcome !== "mfa_pending") return
    expect(stale.lastRefresh).toBe(before.login?.lastRefresh)
    expect(stale.lastRefresh).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6,7}$/)
    const detail = await client.getAccountsDetail(stale.requestId, detailOptions)
    expect(detail.accounts.length).toBeGreaterThan(0)
  })

  knobTest("the other reading: a cached Authorize after an unanswered MFA answers 203", async () => {
    const client = makeClient()
    const { loginId } = await connect(client)
    await variants({ cachedAfterMfaAnswers: "203" })
    await control("POST", `logins/${loginId}/require-mfa`)
    await expectError(client.authorizeLive(loginId), MfaRequiredError)
    await expectError(client.authorizeCached(loginId), MfaRequiredError)
  })
})

describe("Flinks client contract: transactions over time", () => {
  async function pull(client: FlinksClient, loginId: string) {
    const session = await client.authorizeCached(loginId)
    const detail = await client.getAccountsDetail(session.requestId, {
      withTransactions: true,
      daysOfTransactions: "Days365",
    })
    return detail.accounts
  }

  knobTest("a re-keyed transaction comes back under a new Id with the same content", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const [account] = await pull(client, loginId)
    const line = account.transactions[0]
    const { oldId, newId } = await control("POST", `transactions/${line.providerTransactionId}/rekey`)
    expect(oldId).toBe(line.providerTransactionId)

    const after = (await pull(client, loginId)).find((a) => a.providerAccountId === account.providerAccountId)!
    const ids = after.transactions.map((t) => t.providerTransactionId)
    expect(ids).not.toContain(oldId)
    const rekeyed = after.transactions.find((t) => t.providerTransactionId === newId)!
    const fingerprint = (t: typeof line) => [t.date, t.description, t.debit, t.credit, t.balance]
    expect(fingerprint(rekeyed)).toEqual(fingerprint(line))
  })

  knobTest("added transactions appear after the next live refresh, exact to the cent", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const [account] = await pull(client, loginId)
    const added = await control("POST", `logins/${loginId}/accounts/${account.providerAccountId}/transactions`, {
      count: 3,
    })
    expect(
      (await pull(client, loginId)).find((a) => a.providerAccountId === account.providerAccountId)!.transactions
    ).toHaveLength(account.transactions.length)
    await control("POST", "clock", { advanceMinutes: 1 })
    await client.authorizeLive(loginId)
    const after = (await pull(client, loginId)).find((a) => a.providerAccountId === account.providerAccountId)!
    expect(after.transactions).toHaveLength(account.transactions.length + 3)
    for (const line of added.transactions as Array<Record<string, unknown>>) {
      const seen = after.transactions.find((t) => t.providerTransactionId === line.Id)!
      expect(seen.date).toBe(line.Date)
      expect(seen.debit).toBe(line.Debit === null ? null : String(line.Debit))
      expect(seen.credit).toBe(line.Credit === null ? null : String(line.Credit))
    }
  })

  knobTest("a long history comes through exact: every amount a decimal string", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const [account] = await pull(client, loginId)
    await control("POST", `logins/${loginId}/accounts/${account.providerAccountId}/history`, { count: 5_000 })
    const after = (await pull(client, loginId)).find((a) => a.providerAccountId === account.providerAccountId)!
    expect(after.transactions).toHaveLength(5_000)
    for (const t of after.transactions) {
      for (const amount of [t.debit, t.credit, t.balance]) if (amount !== null) expect(amount).toMatch(DECIMAL)
    }
  })
})

describe("Flinks client contract: the [?] readings", () => {
  knobTest("INVALID_PASSWORD as 400 (older help pages) is still invalid credentials", async () => {
    await variants({ invalidLoginStatus: 400 })
    const error = await expectError(
      makeClient().authorizeWithCredentials({ institution: INSTITUTION, username: "Greatday", password: "Nopeday" }),
      InvalidCredentialsError
    )
    expect(error).toMatchObject({ httpStatus: 400, credential: "password" })
  })

  knobTest("TOO_MANY_REQUESTS as 403 (one client's reading) is still rate limiting", async () => {
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const { requestId } = await client.authorizeCached(loginId)
    await variants({ tooManyRequestsStatus: 403 })
    await fault({ endpoint: "GetAccountsSummary", kind: "too_many_requests", times: 0 })
    const error = await expectError(client.getAccountsSummary(requestId), RateLimitedError)
    expect(error.httpStatus).toBe(403)
  })

  knobTest("an unknown username as INVALID_LOGIN is invalid credentials too", async () => {
    await variants({ unknownUsernameCode: "INVALID_LOGIN" })
    const error = await expectError(
      makeClient().authorizeWithCredentials({ institution: INSTITUTION, username: "nobody_here", password: PASSWORD }),
      InvalidCredentialsError
    )
    expect(error.credential).toBe("login")
  })

  knobTest("MFA answers without a fresh token, a 200 without Login, an empty DeleteCard, long polling", async () => {
    await variants({
      mfaAnswerNeedsNewToken: false,
      omitLoginOnMfaAnswer: true,
      deleteCardBody: "empty",
      asyncPendingRounds: 4,
      cardInUseSeconds: 0,
    })
    const client = makeClient()
    const { session, loginId } = await connect(client)
    expect(session.login).toBeNull()
    const cached = await client.authorizeCached(loginId)
    wire = []
    await client.getAccountsDetail(cached.requestId, detailOptions)
    expect(callsTo("GetAccountsDetailAsync").map((c) => c.status)).toEqual([202, 202, 202, 202, 200])
    await client.deleteCard(loginId)
  })

  knobTest("MultipleChoice challenges, fixed two-digit amounts, oldest first, 6-digit LastRefresh", async () => {
    await variants({
      challengeType: "MultipleChoice",
      amountFormat: "fixed2",
      transactionOrder: "oldestFirst",
      lastRefreshDigits: 6,
    })
    const client = makeClient()
    const { loginId } = await connect(client)
    const cached = await client.authorizeCached(loginId)
    expect(cached.login?.lastRefresh).toMatch(/\.\d{6}$/)
    const detail = await client.getAccountsDetail(cached.requestId, detailOptions)
    const amounts = detail.accounts
      .flatMap((a) => a.transactions)
      .flatMap((t) => [t.debit, t.credit, t.balance])
      .filter((v) => v !== null)
    expect(amounts.length).toBeGreaterThan(0)
    for (const amount of amounts) expect(amount).toMatch(/^-?\d+\.\d{2}$/)
  })

  connectPageTest(
    "a preselected institution, by key and by InstitutionId, opens Connect at its sign-in; consentEnable=false skips the consent",
    async () => {
      const firstStep = async (url: string) => {
        const html = await (await fetch(url)).text()
        return JSON.parse(/<script id="flinks-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]).initial
          .step
      }
      const client = makeClient()
      const base = { redirectUrl: "https://shop.example/flinks/redirect?state=s", demo: true }
      expect(
        await firstStep(
          client.connectUrl({
            ...base,
            consentEnable: false,
            preselect: { institution: INSTITUTION, institutionId: "14" },
          })
        )
      ).toBe("credentials")
      // Either reading alone is enough: the client sends both because Flinks names neither.
      expect(
        await firstStep(client.connectUrl({ ...base, consentEnable: false, preselect: { institutionId: "14" } }))
      ).toBe("credentials")
      expect(
        await firstStep(client.connectUrl({ ...base, consentEnable: false, preselect: { institution: INSTITUTION } }))
      ).toBe("credentials")
      expect(await firstStep(client.connectUrl({ ...base, preselect: { institution: INSTITUTION } }))).toBe("consent")
      expect(await firstStep(client.connectUrl({ ...base, consentEnable: false }))).toBe("institutions")
    }
  )

  knobTest("a second session for a busy login is refused as login in use", async () => {
    await variants({ concurrentSession: "reject", asyncPendingRounds: 50 })
    const client = makeClient()
    const { loginId } = await connect(client, "greatday_nomfa")
    const cached = await client.authorizeCached(loginId)
    await fault({ endpoint: "GetAccountsDetailAsync", kind: "endless_202" })
    await expectError(
      makeClient({ pollDeadlineMs: 100 }).getAccountsDetail(cached.requestId, detailOptions),
      FlinksTimeoutError
    )
    await expectError(makeClient({ maxRetries: 0 }).authorizeCached(loginId), LoginInUseError)
  })
})

import { FlinksClient } from "../client"
import {
  FlinksConfigurationError,
  FlinksError,
  FlinksFailureError,
  FlinksTimeoutError,
  LoginInUseError,
  MfaRequiredError,
  SessionExpiredError,
  isOutcomeUnknown,
} from "../errors"
import { CONFIG, FakeFlinks, LOGIN_ID, REQUEST_ID, authorized, fastOptions, flinksError, mfa } from "./fake-flinks"

const catchError = async (promise: Promise<unknown>): Promise<FlinksError> => {
  try {
    await promise
  } catch (error) {
    return error as FlinksError
  }
  throw new Error("expected the call to fail")
}

const detail = (requestId = REQUEST_ID) => ({
  status: 200,
  text: `{"HttpStatusCode":200,"RequestId":"${requestId}","Institution":"FlinksCapital","Accounts":[{"Id":"acc-1","Title":"Chequing CAD","Currency":"CAD","Balance":{"Available":null,"Current":1050.75,"Limit":null},"Transactions":[{"Id":"t-1","Date":"2024-02-29","Code":null,"Description":"Coffee","Debit":4.10,"Credit":null,"Balance":1050.75}]}]}`,
})

const pending = (code = "OPERATION_PENDING") => ({
  status: 202,
  json: {
    HttpStatusCode: 202,
    FlinksCode: code,
    Links: [{ rel: "AccountsDetailAsync", href: "/GetAccountsDetailAsync" }],
    RequestId: REQUEST_ID,
  },
})

describe("FlinksClient: signing in", () => {
  it("goes from credentials through each MFA question to a LoginId", async () => {
    const fake = new FakeFlinks().on("Authorize", [
      { status: 203, json: mfa("What city were you born in?") },
      { status: 203, json: mfa("What shape do people like most?") },
      { status: 200, json: authorized({ Login: undefined }) },
    ])
    const client = new FlinksClient(CONFIG, fastOptions(fake).options)

    const first = await catchError(
      client.authorizeWithCredentials({
        institution: "FlinksCapital",
        username: "Greatday",
        password: "Everyday",
        language: "en",
        tag: "t-1",
      })
    )
    expect(first).toBeInstanceOf(MfaRequiredError)
    const challenge = (first as MfaRequiredError).challenges[0]
    expect(challenge).toMatchObject({ type: "QuestionAndAnswer", prompt: "What city were you born in?" })

    const second = await catchError(client.answerMfa(REQUEST_ID, { [challenge.prompt!]: ["Montreal"] }))
    expect((second as MfaRequiredError).challenges[0].prompt).toBe("What shape do people like most?")

    const done = await client.answerMfa(REQUEST_ID, { "What shape do people like most?": ["Triangle"] })
    expect(done).toMatchObject({ outcome: "authorized", requestId: REQUEST_ID, login: null })

    const bodies = fake.callsTo("Authorize").map((c) => c.body)
    expect(bodies[0]).toEqual({
      Institution: "FlinksCapital",
      Username: "Greatday",
      Password: "Everyday",
      MostRecentCached: false,
      Save: true,
      Language: "en",
      Tag: "t-1",
    })
    expect(bodies[1]).toEqual({
      RequestId: REQUEST_ID,
      SecurityResponses: { "What city were you born in?": ["Montreal"] },
    })
  })

  it("asks a live refresh of a stored login, and reports the login", async () => {
    const fake = new FakeFlinks().on("Authorize", { status: 200, json: authorized() })
    const result = await new FlinksClient(CONFIG, fastOptions(fake).options).authorizeLive(LOGIN_ID)
    expect(fake.callsTo("Authorize")[0].body).toEqual({ LoginId: LOGIN_ID, MostRecentCached: false, Save: true })
    expect(result.login).toEqual({
      loginId: LOGIN_ID,
      username: "Greatday",
      isScheduledRefresh: false,
      lastRefresh: "2024-05-01T10:11:12.1234567",
      type: "Personal",
    })
    expect(result.institution).toEqual({ name: "FlinksCapital", id: "14", displayName: "FlinksCapital" })
  })

  it("turns a cached Authorize after an unanswered MFA into a usable but stale session", async () => {
    const fake = new FakeFlinks().on(
      "Authorize",
      flinksError(401, "QUESTION_NOT_FOUND", {
        RequestId: "req-stale",
        Institution: "FlinksCapital",
        Login: { Id: LOGIN_ID, LastRefresh: "2024-04-30T08:00:00.123456", Username: "Greatday" },
      })
    )
    const result = await new FlinksClient(CONFIG, fastOptions(fake).options).authorizeCached(LOGIN_ID)
    expect(result).toMatchObject({
      outcome: "mfa_pending",
      requestId: "req-stale",
      lastRefresh: "2024-04-30T08:00:00.123456",
      login: { loginId: LOGIN_ID },
    })
    expect(fake.callsTo("Authorize")).toHaveLength(1)
  })

  it("treats a 203 to a cached Authorize as MFA required", async () => {
    const fake = new FakeFlinks().on("Authorize", { status: 203, json: mfa() })
    await expect(new FlinksClient(CONFIG, fastOptions(fake).options).authorizeCached(LOGIN_ID)).rejects.toBeInstanceOf(
      MfaRequiredError
    )
  })

  it("spends a caller's token first, and only once", async () => {
    const fake = new FakeFlinks().on("Authorize", [
      flinksError(500, "AGGREGATION_ERROR"),
      { status: 200, json: authorized() },
    ])
    await new FlinksClient(CONFIG, fastOptions(fake).options).authorizeCached(LOGIN_ID, {
      authorizeToken: "caller-token-1",
    })
    const tokens = fake.callsTo("Authorize").map((c) => c.headers["flinks-auth-key"])
    expect(tokens[0]).toBe("caller-token-1")
    expect(tokens[1]).toBe(fake.issuedTokens[0])
  })
})

describe("FlinksClient: reading accounts", () => {
  it("polls GetAccountsDetailAsync after a 202 until the data is ready, with growing intervals", async () => {
    const fake = new FakeFlinks()
      .on("GetAccountsDetail", pending())
      .on("GetAccountsDetailAsync", [pending(), pending("OPERATION_DISPATCHED"), detail()])
    const { options, clock } = fastOptions(fake, { pollIntervalMs: 100, pollBackoffFactor: 2, pollMaxIntervalMs: 300 })
    const result = await new FlinksClient(CONFIG, options).getAccountsDetail(REQUEST_ID, {
      withTransactions: true,
      daysOfTransactions: "Days90",
      accountIds: ["acc-1"],
    })
    expect(fake.callsTo("GetAccountsDetail")[0].body).toEqual({
      RequestId: REQUEST_ID,
      WithTransactions: true,
      WithAccountIdentity: false,
      WithKYC: false,
      DaysOfTransactions: "Days90",
      AccountsFilter: ["acc-1"],
    })
    const polls = fake.callsTo("GetAccountsDetailAsync")
    expect(polls).toHaveLength(3)
    expect(polls[0]).toMatchObject({ method: "GET", pathParam: REQUEST_ID, body: undefined })
    expect(polls[0].headers["x-api-key"]).toBe(CONFIG.apiKey)
    expect(clock.slept).toEqual([100, 200, 300])
    expect(result.accounts[0].transactions[0]).toMatchObject({
      date: "2024-02-29",
      debit: "4.10",
      credit: null,
      balance: "1050.75",
    })
  })

  it("stops polling at the deadline with a typed timeout", async () => {
    const fake = new FakeFlinks()
      .on("GetAccountsDetail", pending("OPERATION_DISPATCHED"))
      .on("GetAccountsDetailAsync", pending())
    const { options, clock } = fastOptions(fake, { pollIntervalMs: 100, pollBackoffFactor: 1, pollDeadlineMs: 1_000 })
    const error = await catchError(
      new FlinksClient(CONFIG, options).getAccountsDetail(REQUEST_ID, {
        withTransactions: true,
        daysOfTransactions: "Days365",
      })
    )
    expect(error).toBeInstanceOf(FlinksTimeoutError)
    expect(error).toMatchObject({ code: "operation_timeout", endpoint: "GetAccountsDetailAsync", elapsedMs: 1_000 })
    expect(fake.callsTo("GetAccountsDetailAsync")).toHaveLength(10)
    expect(clock.now).toBe(1_000)
  })

  it("never sleeps past the deadline", async () => {
    const fake = new FakeFlinks().on("GetAccountsDetail", pending()).on("GetAccountsDetailAsync", pending())
    const { options, clock } = fastOptions(fake, { pollIntervalMs: 400, pollBackoffFactor: 1, pollDeadlineMs: 1_000 })
    await expect(
      new FlinksClient(CONFIG, options).getAccountsDetail(REQUEST_ID, {
        withTransactions: false,
        daysOfTransactions: "Days90",
      })
    ).rejects.toBeInstanceOf(FlinksTimeoutError)
    expect(clock.slept).toEqual([400, 400, 200])
  })

  it("passes a session that died while polling on as SessionExpiredError", async () => {
    const fake = new FakeFlinks()
      .on("GetAccountsDetail", pending())
      .on("GetAccountsDetailAsync", flinksError(400, "SESSION_NONEXISTENT"))
    await expect(
      new FlinksClient(CONFIG, fastOptions(fake).options).getAccountsDetail(REQUEST_ID, {
        withTransactions: true,
        daysOfTransactions: "Days90",
      })
    ).rejects.toBeInstanceOf(SessionExpiredError)
  })

  it("refuses a body it cannot read, naming the field but not its value", async () => {
    const fake = new FakeFlinks().on("GetAccountsSummary", {
      status: 200,
      text: '{"Accounts":[{"Id":"acc","Transactions":[{"Id":"t","Date":"31/12/2024-secret","Debit":1}]}]}',
    })
    const error = await catchError(new FlinksClient(CONFIG, fastOptions(fake).options).getAccountsSummary(REQUEST_ID))
    expect(error).toMatchObject({ reason: "unexpected_response", retryable: false })
    expect(error.message).toContain("Accounts.0.Transactions.0.Date")
    expect(error.message).not.toContain("secret")
    expect(fake.callsTo("GetAccountsSummary")).toHaveLength(1)
  })

  it("reads statements", async () => {
    const fake = new FakeFlinks().on("GetStatements", {
      status: 200,
      json: {
        HttpStatusCode: 200,
        StatementsByAccount: [
          { AccountNumber: "1111000", Statements: [{ UniqueId: "u-1", FileType: "PDF", Base64Bytes: "JVBE" }] },
        ],
      },
    })
    const result = await new FlinksClient(CONFIG, fastOptions(fake).options).getStatements(REQUEST_ID, {
      numberOfStatements: "Months3",
    })
    expect(fake.callsTo("GetStatements")[0].body).toEqual({ RequestId: REQUEST_ID, NumberOfStatements: "Months3" })
    expect(result).toEqual([
      { accountNumber: "1111000", statements: [{ uniqueId: "u-1", fileType: "PDF", base64Bytes: "JVBE" }] },
    ])
  })
})

describe("FlinksClient: deleting a login", () => {
  it.each<[string, any]>([
    ["an empty body", { status: 200 }],
    ["a JSON body", { status: 200, json: { HttpStatusCode: 200, Message: "deleted" } }],
    ["a 204", { status: 204 }],
    ["a bare string", { status: 200, text: '"OK"' }],
  ])("accepts %s as success, since the reference leaves it open", async (_name, reply) => {
    const fake = new FakeFlinks().on("DeleteCard", reply)
    await new FlinksClient(CONFIG, fastOptions(fake).options).deleteCard(LOGIN_ID)
    expect(fake.callsTo("DeleteCard")[0]).toMatchObject({ method: "DELETE", pathParam: LOGIN_ID })
  })

  it("waits while the login is still in use, then deletes", async () => {
    const fake = new FakeFlinks().on("DeleteCard", [flinksError(400, "CARD_IN_USE"), { status: 200 }])
    await new FlinksClient(CONFIG, fastOptions(fake).options).deleteCard(LOGIN_ID)
    expect(fake.callsTo("DeleteCard")).toHaveLength(2)
  })

  it("reports a login that stays in use", async () => {
    const fake = new FakeFlinks().on("DeleteCard", flinksError(400, "CARD_IN_USE"))
    await expect(
      new FlinksClient(CONFIG, fastOptions(fake, { maxRetries: 1 }).options).deleteCard(LOGIN_ID)
    ).rejects.toBeInstanceOf(LoginInUseError)
  })

  it("tries once when the caller retries later by itself", async () => {
    const fake = new FakeFlinks().on("DeleteCard", [flinksError(400, "CARD_IN_USE"), { status: 200 }])
    await expect(
      new FlinksClient(CONFIG, fastOptions(fake).options).deleteCard(LOGIN_ID, { retries: 0 })
    ).rejects.toBeInstanceOf(LoginInUseError)
    expect(fake.callsTo("DeleteCard")).toHaveLength(1)
  })

  it("says when an answer was lost, so the delete may have happened", async () => {
    const fake = new FakeFlinks().on("DeleteCard", { drop: true })
    const error = await new FlinksClient(CONFIG, fastOptions(fake, { maxRetries: 0 }).options)
      .deleteCard(LOGIN_ID)
      .catch((error) => error)
    expect(isOutcomeUnknown(error)).toBe(true)
    expect(isOutcomeUnknown(new LoginInUseError("busy"))).toBe(false)
  })

  it("counts a retry that finds the login gone as deleted", async () => {
    const fake = new FakeFlinks().on("DeleteCard", [{ drop: true }, flinksError(401, "INVALID_LOGIN")])
    await new FlinksClient(CONFIG, fastOptions(fake).options).deleteCard(LOGIN_ID)
  })

  it("but a first answer of INVALID_LOGIN is an error", async () => {
    const fake = new FakeFlinks().on("DeleteCard", flinksError(401, "INVALID_LOGIN"))
    await expect(new FlinksClient(CONFIG, fastOptions(fake).options).deleteCard(LOGIN_ID)).rejects.toMatchObject({
      code: "invalid_credentials",
    })
  })
})

describe("FlinksClient: configuration and Connect", () => {
  it("builds the Connect URL with the options Flinks documents", () => {
    const client = new FlinksClient(CONFIG, { fetch: new FakeFlinks().fetch })
    const url = new URL(
      client.connectUrl({
        redirectUrl: "https://shop.example/flinks/return?state=abc",
        tag: "session-1",
        language: "fr",
        requestId: "req-resume",
        demo: true,
        jsRedirect: true,
        authorizeToken: "tok",
        consentEnable: false,
        preselect: { institution: "FlinksCapital", institutionId: "14" },
      })
    )
    expect(url.origin + url.pathname).toBe("https://unit-iframe.example.test/v2/")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      redirectUrl: "https://shop.example/flinks/return?state=abc",
      tag: "session-1",
      language: "fr",
      requestId: "req-resume",
      demo: "true",
      jsRedirect: "true",
      authorizeToken: "tok",
      consentEnable: "false",
      // Flinks names no parameter for preselection: both readings travel.
      institution: "FlinksCapital",
      institutionId: "14",
    })
  })

  it("refuses an incomplete configuration without quoting any value", () => {
    expect(() => new FlinksClient({ ...CONFIG, apiKey: "" })).toThrow(FlinksConfigurationError)
    try {
      new FlinksClient({ ...CONFIG, baseUrl: `not a url ${CONFIG.secretKey}` })
    } catch (error) {
      expect((error as Error).message).toBe("Flinks instance flinks-ca has an invalid baseUrl")
    }
  })

  it("exposes which instance it serves", () => {
    expect(new FlinksClient({ ...CONFIG, id: "flinks-us" }).instanceId).toBe("flinks-us")
  })

  it("an unexpected 202 on a call that has no Async endpoint is a failure", async () => {
    const fake = new FakeFlinks().on("GetStatements", pending())
    await expect(new FlinksClient(CONFIG, fastOptions(fake).options).getStatements(REQUEST_ID)).rejects.toBeInstanceOf(
      FlinksFailureError
    )
  })
})

import { FlinksClient } from "../client"
import type { FlinksLogger } from "../config"
import { FlinksError } from "../errors"
import { nightlyRefreshVerdict } from "../nightly-refresh"
import { CONFIG, FakeFlinks, LOGIN_ID, Reply, fastOptions, flinksError } from "./fake-flinks"

/*
 * Flinks' scheduled refresh: turning it on (Connect's widget options, SetScheduledRefresh) and
 * reading which logins it could not refresh (GetNightlyRefreshStatus). Flinks calls the feature
 * "no longer actively supported", so every reading of an instance without it must be harmless.
 */

const OTHER_LOGIN = "LOGIN-ID-99887766-cccc-dddd"

const card = (overrides: Record<string, unknown> = {}) => ({
  LoginId: LOGIN_ID,
  LastRefreshDate: "2026-01-10T03:00:00.1234567",
  LastRefreshState: "AnsweringSecurityChallenge",
  LastRefreshErrorCode: null,
  ...overrides,
})

function recordingLogger() {
  const lines: string[] = []
  const logger: FlinksLogger = Object.fromEntries(
    (["debug", "info", "warn", "error"] as const).map((level) => [
      level,
      (message: string, meta?: Record<string, unknown>) =>
        lines.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`),
    ])
  )
  return { lines, logger }
}

function clientFor(reply: Reply | Reply[], endpoint: string) {
  const fake = new FakeFlinks().on(endpoint, reply)
  const { lines, logger } = recordingLogger()
  const client = new FlinksClient(CONFIG, { ...fastOptions(fake, { maxRetries: 1 }).options, logger })
  return { fake, lines, client }
}

describe("FlinksClient.connectUrl: scheduled refresh and Enhanced MFA", () => {
  const client = new FlinksClient(CONFIG, fastOptions(new FakeFlinks()).options)

  it("asks the widget for them under Flinks' own names", () => {
    const url = new URL(
      client.connectUrl({
        redirectUrl: "https://shop.test/done",
        enhancedMFA: true,
        skipEnhancedMFA: false,
        scheduleRefresh: true,
      })
    )
    expect(url.searchParams.get("enhancedMFA")).toBe("true")
    expect(url.searchParams.get("skipEnhancedMFA")).toBe("false")
    expect(url.searchParams.get("scheduleRefresh")).toBe("true")
  })

  it("leaves them out unless asked", () => {
    const url = new URL(client.connectUrl({ redirectUrl: "https://shop.test/done" }))
    expect([...url.searchParams.keys()]).toEqual(["redirectUrl"])
  })
})

describe("FlinksClient.getNightlyRefreshStatus", () => {
  it("lists the logins Flinks could not refresh, with their state and code", async () => {
    const { client, fake } = clientFor(
      {
        status: 200,
        json: {
          HttpStatusCode: 200,
          IneligibleCards: [
            card({ FutureField: { kept: true } }),
            card({ LoginId: OTHER_LOGIN, LastRefreshState: "Failed", LastRefreshErrorCode: "INVALID_PASSWORD" }),
          ],
        },
      },
      "GetNightlyRefreshStatus"
    )
    expect(await client.getNightlyRefreshStatus()).toEqual({
      offered: true,
      cards: [
        {
          loginId: LOGIN_ID,
          lastRefreshDate: "2026-01-10T03:00:00.1234567",
          state: "AnsweringSecurityChallenge",
          errorCode: null,
        },
        {
          loginId: OTHER_LOGIN,
          lastRefreshDate: "2026-01-10T03:00:00.1234567",
          state: "Failed",
          errorCode: "INVALID_PASSWORD",
        },
      ],
    })
    const [call] = fake.callsTo("GetNightlyRefreshStatus")
    expect(call.method).toBe("GET")
    expect(call.headers.authorization).toBe(`Bearer ${CONFIG.secretKey}`)
    expect(call.headers["flinks-auth-key"]).toBe(CONFIG.secretKey)
    expect(call.body).toBeUndefined()
  })

  it("skips a malformed entry and keeps the others", async () => {
    const { client } = clientFor(
      {
        status: 200,
        json: {
          IneligibleCards: [
            { LastRefreshState: "AnsweringSecurityChallenge" },
            "garbage",
            card({ LastRefreshDate: { Unexpected: true } }),
          ],
        },
      },
      "GetNightlyRefreshStatus"
    )
    const status = await client.getNightlyRefreshStatus()
    expect(status.cards).toEqual([
      { loginId: LOGIN_ID, lastRefreshDate: null, state: "AnsweringSecurityChallenge", errorCode: null },
    ])
  })

  it.each<[string, Reply]>([
    ["an empty list", { status: 200, json: { HttpStatusCode: 200, IneligibleCards: [] } }],
    ["no IneligibleCards at all", { status: 200, json: { HttpStatusCode: 200 } }],
    ["IneligibleCards: null", { status: 200, json: { HttpStatusCode: 200, IneligibleCards: null } }],
    ["an empty body", { status: 200 }],
  ])("reads %s as offered, with nobody stuck", async (_name, reply) => {
    const { client } = clientFor(reply, "GetNightlyRefreshStatus")
    expect(await client.getNightlyRefreshStatus()).toEqual({ offered: true, cards: [] })
  })

  it.each<[string, Reply]>([
    ["404 with no body", { status: 404 }],
    ["404 with a JSON body", { status: 404, json: { HttpStatusCode: 404, Message: "Not found" } }],
    ["404 with a page", { status: 404, text: "<html>Not Found</html>" }],
    ["405 with a code", flinksError(405, "METHOD_NOT_AVAILABLE")],
  ])("reads %s as an instance that does not offer it", async (_name, reply) => {
    const { client, fake } = clientFor(reply, "GetNightlyRefreshStatus")
    expect(await client.getNightlyRefreshStatus()).toEqual({ offered: false, cards: [] })
    expect(fake.callsTo("GetNightlyRefreshStatus")).toHaveLength(1)
  })

  it("throws a FlinksError for a real fault, after its retries", async () => {
    const { client, fake } = clientFor(flinksError(500, "AGGREGATION_ERROR"), "GetNightlyRefreshStatus")
    await expect(client.getNightlyRefreshStatus()).rejects.toBeInstanceOf(FlinksError)
    expect(fake.callsTo("GetNightlyRefreshStatus")).toHaveLength(2)
  })
})

describe("FlinksClient.setScheduledRefresh", () => {
  it("sends the LoginId and the switch both in the body and in the query, with the x-api-key", async () => {
    const { client, fake } = clientFor({ status: 200, json: { HttpStatusCode: 200 } }, "SetScheduledRefresh")
    expect(await client.setScheduledRefresh(LOGIN_ID, true)).toEqual({ offered: true })
    const [call] = fake.callsTo("SetScheduledRefresh")
    expect(call.method).toBe("PATCH")
    expect(call.headers["x-api-key"]).toBe(CONFIG.apiKey)
    expect(call.body).toEqual({ LoginId: LOGIN_ID, IsActivated: true })
    expect(call.query).toEqual({ LoginId: LOGIN_ID, IsActivated: "true" })
  })

  it("accepts an empty success body", async () => {
    const { client } = clientFor({ status: 204 }, "SetScheduledRefresh")
    expect(await client.setScheduledRefresh(LOGIN_ID, false)).toEqual({ offered: true })
  })

  it.each<[string, Reply]>([
    ["404", { status: 404 }],
    ["405", { status: 405, json: { HttpStatusCode: 405, Message: "Method not allowed" } }],
  ])("reads %s as an instance that does not offer it", async (_name, reply) => {
    const { client } = clientFor(reply, "SetScheduledRefresh")
    expect(await client.setScheduledRefresh(LOGIN_ID, true)).toEqual({ offered: false })
  })

  it("throws a FlinksError for a refusal", async () => {
    const { client } = clientFor(flinksError(401, "INVALID_LOGIN"), "SetScheduledRefresh")
    await expect(client.setScheduledRefresh(LOGIN_ID, true)).rejects.toBeInstanceOf(FlinksError)
  })
})

describe("scheduled refresh never leaks a secret", () => {
  const replies: Reply[] = [
    { status: 200, json: { IneligibleCards: [card(), card({ LoginId: OTHER_LOGIN })] } },
    { status: 200, json: { IneligibleCards: [{ LoginId: 12 }] } },
    { status: 200, text: `{"IneligibleCards":[{"LoginId":"${LOGIN_ID}"` },
    { status: 404 },
    { status: 405, json: { Message: `no ${LOGIN_ID}` } },
    flinksError(500, "AGGREGATION_ERROR"),
    flinksError(401, "INVALID_LOGIN"),
    { drop: true },
    { hang: true },
  ]
  const secrets = [CONFIG.secretKey, CONFIG.apiKey, LOGIN_ID, OTHER_LOGIN]

  it("in a log line or an error, whatever Flinks answers", async () => {
    const fake = new FakeFlinks()
    const { lines, logger } = recordingLogger()
    const client = new FlinksClient(CONFIG, {
      ...fastOptions(fake, { maxRetries: 1, requestTimeoutMs: 20 }).options,
      logger,
    })
    const errors: unknown[] = []
    for (const reply of replies) {
      fake.on("GetNightlyRefreshStatus", reply).on("SetScheduledRefresh", reply)
      for (const call of [() => client.getNightlyRefreshStatus(), () => client.setScheduledRefresh(LOGIN_ID, true)]) {
        await call().catch((error) => errors.push(error))
      }
    }
    expect(lines.length).toBeGreaterThan(replies.length)
    expect(errors.length).toBeGreaterThan(5)
    expect(lines.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([])
    for (const error of errors) {
      const forms = [String(error), (error as Error).stack ?? "", JSON.stringify(error)]
      for (const form of forms) for (const secret of secrets) expect(form).not.toContain(secret)
    }
  })
})

describe("nightlyRefreshVerdict", () => {
  it.each([
    [{ state: "AnsweringSecurityChallenge", errorCode: null }, "awaiting_answer"],
    [{ state: null, errorCode: "QUESTION_NOT_FOUND" }, "awaiting_answer"],
    [{ state: "Failed", errorCode: "SECURITYRESPONSES_INCOMPLETE" }, "awaiting_answer"],
    [{ state: "Failed", errorCode: "INVALID_SECURITY_RESPONSE" }, "awaiting_answer"],
    [{ state: "Failed", errorCode: "INVALID_PASSWORD" }, "sign_in_refused"],
    [{ state: "AnsweringSecurityChallenge", errorCode: "INVALID_LOGIN" }, "sign_in_refused"],
    [{ state: "Failed", errorCode: "RETRY_LATER" }, "other"],
    [{ state: null, errorCode: null }, "other"],
  ] as const)("%j is %s", (card, verdict) => {
    expect(nightlyRefreshVerdict(card)).toBe(verdict)
  })
})

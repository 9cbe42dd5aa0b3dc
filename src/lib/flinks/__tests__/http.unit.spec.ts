import http from "node:http"
import type { AddressInfo } from "node:net"
import { FlinksClient } from "../client"
import { FlinksError, FlinksFailureError, MfaRequiredError, RateLimitedError, RetryLaterError } from "../errors"
import { CONFIG, FakeFlinks, LOGIN_ID, REQUEST_ID, authorized, fastOptions, flinksError, mfa } from "./fake-flinks"

const catchError = async (promise: Promise<unknown>): Promise<FlinksError> => {
  try {
    await promise
  } catch (error) {
    return error as FlinksError
  }
  throw new Error("expected the call to fail")
}

describe("transport: URLs and headers", () => {
  it("puts each credential in the header the reference names, and nowhere else", async () => {
    const fake = new FakeFlinks()
      .on("Authorize", { status: 200, json: authorized() })
      .on("GetAccountsSummary", { status: 200, json: { HttpStatusCode: 200, Accounts: [] } })
    const client = new FlinksClient(CONFIG, fastOptions(fake).options)

    await client.authorizeCached(LOGIN_ID)
    await client.getAccountsSummary(REQUEST_ID)

    const [tokenCall, authorizeCall, summaryCall] = fake.calls
    expect(tokenCall).toMatchObject({ endpoint: "GenerateAuthorizeToken", method: "POST" })
    expect(tokenCall.headers["flinks-auth-key"]).toBe(CONFIG.secretKey)
    expect(tokenCall.headers["x-api-key"]).toBeUndefined()

    expect(authorizeCall.headers["flinks-auth-key"]).toBe(fake.issuedTokens[0])
    expect(authorizeCall.headers["x-api-key"]).toBeUndefined()
    expect(authorizeCall.body).toEqual({ LoginId: LOGIN_ID, MostRecentCached: true })

    expect(summaryCall.headers["x-api-key"]).toBe(CONFIG.apiKey)
    expect(summaryCall.headers["flinks-auth-key"]).toBeUndefined()
    expect(summaryCall.body).toEqual({ RequestId: REQUEST_ID })
  })

  it("builds {baseUrl}/v3/{customerId}/BankingServices/{Endpoint}", async () => {
    const urls: string[] = []
    const fake = new FakeFlinks()
    const client = new FlinksClient(CONFIG, {
      ...fastOptions(fake).options,
      fetch: (url, init) => {
        urls.push(url)
        return fake.fetch(url, init)
      },
    })
    await client.generateAuthorizeToken()
    expect(urls).toEqual(["https://unit-api.example.test/v3/customer-0000-1111/BankingServices/GenerateAuthorizeToken"])
  })

  it("spends a fresh authorize token on every Authorize, including each MFA answer", async () => {
    const fake = new FakeFlinks().on("Authorize", [
      { status: 203, json: mfa() },
      { status: 200, json: authorized() },
      { status: 200, json: authorized() },
    ])
    const client = new FlinksClient(CONFIG, fastOptions(fake).options)
    await expect(client.authorizeLive(LOGIN_ID)).rejects.toBeInstanceOf(MfaRequiredError)
    await client.answerMfa(REQUEST_ID, { "What city were you born in?": ["Montreal"] })
    await client.authorizeCached(LOGIN_ID)
    const used = fake.callsTo("Authorize").map((c) => c.headers["flinks-auth-key"])
    expect(used).toEqual(fake.issuedTokens)
    expect(new Set(used).size).toBe(3)
  })
})

describe("transport: retries", () => {
  it("retries a 500 AGGREGATION_ERROR a bounded number of times, then surfaces it", async () => {
    const fake = new FakeFlinks().on("GetAccountsSummary", flinksError(500, "AGGREGATION_ERROR"))
    const { options, clock } = fastOptions(fake, { maxRetries: 3, retryBaseDelayMs: 100, retryMaxDelayMs: 250 })
    const error = await catchError(new FlinksClient(CONFIG, options).getAccountsSummary(REQUEST_ID))
    expect(error).toBeInstanceOf(FlinksFailureError)
    expect(error).toMatchObject({ reason: "server_error", flinksCode: "AGGREGATION_ERROR", httpStatus: 500 })
    expect(fake.callsTo("GetAccountsSummary")).toHaveLength(4)
    // exponential, capped, with jitter fixed at its middle by random() = 0.5
    expect(clock.slept).toEqual([75, 150, 188])
  })

  it("recovers when a transient failure clears", async () => {
    const fake = new FakeFlinks().on("GetAccountsSummary", [
      { status: 502, text: "<html>Bad gateway</html>" },
      { status: 200, text: '{"HttpStatusCode":200,"Accounts":[{"Id":"a","Bal' },
      { drop: true },
      { status: 200, json: { HttpStatusCode: 200, Accounts: [] } },
    ])
    const result = await new FlinksClient(CONFIG, fastOptions(fake).options).getAccountsSummary(REQUEST_ID)
    expect(result.accounts).toEqual([])
    expect(fake.callsTo("GetAccountsSummary")).toHaveLength(4)
  })

  it("retries a live Authorize answering RETRY_LATER with a fresh token each time, then gives up", async () => {
    const fake = new FakeFlinks().on("Authorize", flinksError(401, "RETRY_LATER"))
    const error = await catchError(
      new FlinksClient(CONFIG, fastOptions(fake, { maxRetries: 2 }).options).authorizeLive(LOGIN_ID)
    )
    expect(error).toBeInstanceOf(RetryLaterError)
    const tokens = fake.callsTo("Authorize").map((c) => c.headers["flinks-auth-key"])
    expect(tokens).toHaveLength(3)
    expect(new Set(tokens).size).toBe(3)
  })

  it("never retries what the bank refused", async () => {
    const fake = new FakeFlinks().on("Authorize", flinksError(401, "INVALID_PASSWORD"))
    await expect(
      new FlinksClient(CONFIG, fastOptions(fake).options).authorizeWithCredentials({
        institution: "FlinksCapital",
        username: "Greatday",
        password: "wrong",
      })
    ).rejects.toMatchObject({ code: "invalid_credentials", credential: "password" })
    expect(fake.callsTo("Authorize")).toHaveLength(1)
  })

  it.each<[string, any]>([
    ["a 500", flinksError(500, "AGGREGATION_ERROR")],
    ["a dropped connection", { drop: true }],
    ["a timeout", { hang: true }],
    ["RETRY_LATER", flinksError(401, "RETRY_LATER")],
  ])("sends an MFA answer once, even after %s: it may have been used", async (_name, reply) => {
    const fake = new FakeFlinks().on("Authorize", reply)
    await expect(
      new FlinksClient(CONFIG, fastOptions(fake, { requestTimeoutMs: 20 }).options).answerMfa(REQUEST_ID, {
        "What city were you born in?": ["Montreal"],
      })
    ).rejects.toBeInstanceOf(FlinksError)
    expect(fake.callsTo("Authorize")).toHaveLength(1)
  })

  it("repeats an MFA answer that Flinks refused outright for rate limiting", async () => {
    const fake = new FakeFlinks().on("Authorize", [
      flinksError(429, "TOO_MANY_REQUESTS"),
      { status: 200, json: authorized() },
    ])
    const result = await new FlinksClient(CONFIG, fastOptions(fake).options).answerMfa(REQUEST_ID, { q: ["a"] })
    expect(result.requestId).toBe(REQUEST_ID)
    expect(fake.callsTo("Authorize")).toHaveLength(2)
  })

  it("waits as long as Retry-After asks, within the cap", async () => {
    const fake = new FakeFlinks().on("GetAccountsSummary", [
      { ...flinksError(403, "TOO_MANY_REQUESTS"), headers: { "retry-after": "2" } },
      { status: 200, json: { Accounts: [] } },
    ])
    const { options, clock } = fastOptions(fake, { retryBaseDelayMs: 10, retryMaxDelayMs: 5_000 })
    await new FlinksClient(CONFIG, options).getAccountsSummary(REQUEST_ID)
    expect(clock.slept).toEqual([2_000])
  })

  it("surfaces rate limiting once retries are spent", async () => {
    const fake = new FakeFlinks().on("GetAccountsSummary", flinksError(401, "TOO_MANY_REQUESTS"))
    const error = await catchError(
      new FlinksClient(CONFIG, fastOptions(fake, { maxRetries: 1 }).options).getAccountsSummary(REQUEST_ID)
    )
    expect(error).toBeInstanceOf(RateLimitedError)
    expect(fake.callsTo("GetAccountsSummary")).toHaveLength(2)
  })
})

describe("transport: a real socket", () => {
  let server: http.Server
  let baseUrl: string
  let behaviour: "hang" | "drop" | "ok"
  let hits: number

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits++
      if (behaviour === "hang") return // never answers
      if (behaviour === "drop") return req.socket.destroy()
      res.writeHead(200, { "content-type": "application/json" })
      res.end('{"HttpStatusCode":200,"Token":"t-123456"}')
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    hits = 0
  })

  const client = () =>
    new FlinksClient(
      { ...CONFIG, baseUrl },
      { requestTimeoutMs: 100, maxRetries: 2, retryBaseDelayMs: 1, retryMaxDelayMs: 2 }
    )

  it("gives up on an answer slower than the timeout, a bounded number of times", async () => {
    behaviour = "hang"
    const started = Date.now()
    const error = await catchError(client().generateAuthorizeToken())
    expect(error).toMatchObject({ code: "flinks_failure", reason: "timeout", endpoint: "GenerateAuthorizeToken" })
    expect(hits).toBe(3)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it("reports a dropped connection as a network failure, after bounded retries", async () => {
    behaviour = "drop"
    const error = await catchError(client().generateAuthorizeToken())
    expect(error).toMatchObject({ code: "flinks_failure", reason: "network" })
    expect(hits).toBe(3)
  })

  it("talks to a real server with the platform fetch", async () => {
    behaviour = "ok"
    await expect(client().generateAuthorizeToken()).resolves.toBe("t-123456")
  })
})

import {
  SANDBOX_CA_API_KEY,
  SANDBOX_CA_CUSTOMER_ID,
  SANDBOX_CA_INSTANCE,
  SANDBOX_CA_SECRET_KEY,
  SANDBOX_US_INSTANCE,
  sandboxFlinksOptions,
  type RunningSandbox,
} from "../src"
import { call, control, flinks, startSandbox } from "./helpers"

describe("Flinks hosts, instances and headers", () => {
  let sandbox: RunningSandbox

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
  })
  afterAll(() => sandbox.close())
  beforeEach(() => control(sandbox).post("/reset"))

  it("accepts the public toolbox identifiers printed in Flinks' docs", async () => {
    expect(SANDBOX_CA_CUSTOMER_ID).toBe("43387ca6-0391-4c82-857d-70d95f087ecb")
    expect(SANDBOX_CA_SECRET_KEY).toBe("c4569c54-e167-4d34-8de6-f4113bc82414")
    expect(SANDBOX_CA_API_KEY).toBe("3d5266a8-b697-48d4-8de6-52e2e2662acc")
    const answer = await call(`${flinks(sandbox).base}/GenerateAuthorizeToken`, {
      method: "POST",
      headers: { "flinks-auth-key": SANDBOX_CA_SECRET_KEY },
    })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ HttpStatusCode: 200, Token: expect.any(String) })
  })

  it("refuses a wrong or missing secret key with 401 UNAUTHORIZED", async () => {
    const base = flinks(sandbox).base
    const attempts: Array<Record<string, string>> = [
      {},
      { "flinks-auth-key": "nope" },
      { "flinks-auth-key": SANDBOX_US_INSTANCE.secretKey },
    ]
    for (const headers of attempts) {
      const answer = await call(`${base}/GenerateAuthorizeToken`, { method: "POST", headers })
      expect(answer.status).toBe(401)
      expect(answer.body).toMatchObject({
        HttpStatusCode: 401,
        FlinksCode: "UNAUTHORIZED",
        Message: expect.any(String),
      })
    }
  })

  it("answers 401 UNAUTHORIZED for a customerId it does not know, on every endpoint", async () => {
    const base = `${sandbox.url}/v3/00000000-0000-4000-8000-000000000000/BankingServices`
    const token = await call(`${base}/GenerateAuthorizeToken`, {
      method: "POST",
      headers: { "flinks-auth-key": SANDBOX_CA_SECRET_KEY },
    })
    expect(token.status).toBe(401)
    expect(token.body.FlinksCode).toBe("UNAUTHORIZED")
    const async = await call(`${base}/GetAccountsDetailAsync/abc`, { headers: { "x-api-key": SANDBOX_CA_API_KEY } })
    expect(async.status).toBe(401)
  })

  it("serves a second, US instance with its own identifiers on the same host", async () => {
    const us = flinks(sandbox, SANDBOX_US_INSTANCE)
    const challenge = await us.credentials()
    expect(challenge.status).toBe(203)
    expect(challenge.body.SecurityChallenges[0].Prompt).toMatch(/^What is \d \+ \d\?$/)
    const { loginId } = await us.connect()
    // A LoginId is valid only on the instance that issued it.
    const elsewhere = await flinks(sandbox, SANDBOX_CA_INSTANCE).cached(loginId)
    expect(elsewhere.status).toBe(401)
    expect(elsewhere.body.FlinksCode).toBe("INVALID_LOGIN")
    expect((await us.cached(loginId)).status).toBe(200)
  })

  it("does not take one instance's token or x-api-key on the other", async () => {
    const ca = flinks(sandbox)
    const us = flinks(sandbox, SANDBOX_US_INSTANCE)
    const usToken = await us.token()
    const answer = await ca.authorize(
      { Institution: "FlinksCapital", Username: "greatday_nomfa", Password: "Everyday" },
      usToken
    )
    expect(answer.status).toBe(401)
    expect(answer.body.FlinksCode).toBe("UNAUTHORIZED")
    const { requestId } = await ca.connect("greatday_nomfa")
    const wrongKey = await ca.summary({ RequestId: requestId }, { "x-api-key": SANDBOX_US_INSTANCE.apiKey })
    expect(wrongKey.status).toBe(401)
    expect(wrongKey.body.FlinksCode).toBe("UNAUTHORIZED")
    // Nor a RequestId: sessions belong to their instance.
    expect((await us.summary({ RequestId: requestId })).body.FlinksCode).toBe("SESSION_NONEXISTENT")
  })

  it("uses an authorize token once, and refuses Authorize without one", async () => {
    const api = flinks(sandbox)
    const token = await api.token()
    const body = {
      Institution: "FlinksCapital",
      Username: "greatday_nomfa",
      Password: "Everyday",
      MostRecentCached: false,
    }
    expect((await api.authorize(body, token)).status).toBe(200)
    const again = await api.authorize(body, token)
    expect(again.status).toBe(401)
    expect(again.body).toMatchObject({ HttpStatusCode: 401, FlinksCode: "UNAUTHORIZED" })
    const none = await api.authorize(body, null)
    expect(none.status).toBe(401)
    const secret = await api.authorize(body, SANDBOX_CA_SECRET_KEY)
    expect(secret.status).toBe(401)
  })

  it("burns the token even when the Authorize it carried fails", async () => {
    const api = flinks(sandbox)
    const token = await api.token()
    expect(
      (await api.authorize({ Institution: "FlinksCapital", Username: "Greatday", Password: "wrong" }, token)).status
    ).toBe(401)
    const retry = await api.authorize(
      { Institution: "FlinksCapital", Username: "greatday_nomfa", Password: "Everyday" },
      token
    )
    expect(retry.body.FlinksCode).toBe("UNAUTHORIZED")
  })

  it("lets an unused token die after 30 minutes on the sandbox clock (15 with the variant)", async () => {
    const api = flinks(sandbox)
    const body = { Institution: "FlinksCapital", Username: "greatday_nomfa", Password: "Everyday" }
    const fresh = await api.token()
    await control(sandbox).post("/clock", { advanceMinutes: 29 })
    expect((await api.authorize(body, fresh)).status).toBe(200)

    const old = await api.token()
    await control(sandbox).post("/clock", { advanceMinutes: 31 })
    expect((await api.authorize(body, old)).status).toBe(401)

    await control(sandbox).post("/variants", { tokenTtlMinutes: 15 })
    const short = await api.token()
    await control(sandbox).post("/clock", { advanceMinutes: 16 })
    expect((await api.authorize(body, short)).body.FlinksCode).toBe("UNAUTHORIZED")
  })

  it("requires x-api-key on data endpoints", async () => {
    const api = flinks(sandbox)
    const { requestId } = await api.connect("greatday_nomfa")
    const without = await call(`${api.base}/GetAccountsSummary`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ RequestId: requestId }),
    })
    expect(without.status).toBe(401)
    expect(without.body).toMatchObject({ HttpStatusCode: 401, FlinksCode: "UNAUTHORIZED" })
    expect((await api.detailAsync(requestId, { "x-api-key": "nope" })).status).toBe(401)
    expect((await api.deleteCard("x", { "x-api-key": "nope" })).status).toBe(401)
    expect((await api.summary({ RequestId: requestId })).status).toBe(200)
  })

  it("keeps Flinks' PascalCase paths exact and answers wrong methods with 405", async () => {
    const api = flinks(sandbox)
    expect(
      (await call(`${sandbox.url}/v3/${SANDBOX_CA_CUSTOMER_ID}/bankingservices/authorize`, { method: "POST" })).status
    ).toBe(404)
    expect((await call(`${api.base}/NoSuchEndpoint`, { method: "POST" })).status).toBe(404)
    const get = await call(`${api.base}/Authorize`)
    expect(get.status).toBe(405)
    expect(get.body.HttpStatusCode).toBe(405)
  })

  it("reads a body only when it is sent as application/json", async () => {
    const api = flinks(sandbox)
    const answer = await call(`${api.base}/Authorize`, {
      method: "POST",
      headers: { "flinks-auth-key": await api.token(), "content-type": "text/plain" },
      body: JSON.stringify({ Institution: "FlinksCapital", Username: "greatday_nomfa", Password: "Everyday" }),
    })
    expect(answer.status).toBe(401)
    expect(answer.body.FlinksCode).toBe("INVALID_REQUEST")
  })

  it("gives the plugin's options for both instances from one base URL", () => {
    const options = sandboxFlinksOptions(sandbox.url)
    expect(options["flinks-ca"]).toEqual({
      baseUrl: sandbox.url,
      connectUrl: `${sandbox.url}/v2/`,
      customerId: SANDBOX_CA_CUSTOMER_ID,
      secretKey: SANDBOX_CA_SECRET_KEY,
      apiKey: SANDBOX_CA_API_KEY,
    })
    expect(options["flinks-us"].connectUrl).toBe(`${sandbox.url}/us/v2/`)
    expect(options["flinks-us"].customerId).toBe(SANDBOX_US_INSTANCE.customerId)
  })
})

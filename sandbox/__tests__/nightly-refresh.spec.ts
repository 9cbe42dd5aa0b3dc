import { SANDBOX_US_INSTANCE, type RunningSandbox, type SandboxInstance } from "../src"
import { call, control, flinks, loginState, openConnect, startSandbox } from "./helpers"

const ZONELESS_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/

/** Scheduled (nightly) refresh: SetScheduledRefresh, GetNightlyRefreshStatus and the nightly run. */
describe("nightly refresh", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  const setScheduled = (
    body: unknown,
    query = "",
    headers: Record<string, string> = {},
    instance: SandboxInstance = api.instance
  ) =>
    call(`${flinks(sandbox, instance).base}/SetScheduledRefresh${query}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "x-api-key": instance.apiKey, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const status = (headers?: Record<string, string>, instance: SandboxInstance = api.instance) =>
    call(`${flinks(sandbox, instance).base}/GetNightlyRefreshStatus`, {
      headers: headers ?? { authorization: `Bearer ${instance.secretKey}` },
    })
  const nightly = (body: unknown = {}) => knobs.post("/nightly-refresh", body)

  /** A connected Greatday with scheduled refresh on, the way the plugin would leave it. */
  const scheduledLogin = async (username = "Greatday", instance: SandboxInstance = api.instance) => {
    const { loginId } = await flinks(sandbox, instance).connect(username)
    expect((await setScheduled({ LoginId: loginId, IsActivated: true }, "", {}, instance)).status).toBe(200)
    return loginId
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => knobs.post("/reset"))

  describe("turning it on", () => {
    it("turns it on for the login a Connect page with scheduleRefresh=true signs in, and only then", async () => {
      const page = await openConnect(sandbox, "demo=true&scheduleRefresh=true")
      await page.login("greatday_nomfa")
      const done = await page.act("finish", { accountIds: [] })
      expect((await loginState(sandbox, done.loginId)).scheduledRefresh).toBe(true)

      const plain = await openConnect(sandbox, "demo=true", "/us/v2/")
      await plain.login("greatday_nomfa")
      const other = await plain.act("finish", { accountIds: [] })
      expect((await loginState(sandbox, other.loginId)).scheduledRefresh).toBe(false)
    })

    it("SetScheduledRefresh takes LoginId and IsActivated from a JSON body or from the query string", async () => {
      const { loginId } = await api.connect("greatday_nomfa")
      expect(await setScheduled({ LoginId: loginId, IsActivated: true })).toMatchObject({
        status: 200,
        body: { HttpStatusCode: 200, LoginId: loginId, IsActivated: true },
      })
      expect((await loginState(sandbox, loginId)).scheduledRefresh).toBe(true)
      const off = await setScheduled(undefined, `?LoginId=${loginId}&IsActivated=false`)
      expect(off.body).toEqual({ HttpStatusCode: 200, LoginId: loginId, IsActivated: false })
      expect((await loginState(sandbox, loginId)).scheduledRefresh).toBe(false)
    })

    it("SetScheduledRefresh refuses a bad key, an unknown LoginId, and a missing or non-boolean IsActivated", async () => {
      const { loginId } = await api.connect("greatday_nomfa")
      expect(await setScheduled({ LoginId: loginId, IsActivated: true }, "", { "x-api-key": "nope" })).toMatchObject({
        status: 401,
        body: { FlinksCode: "UNAUTHORIZED" },
      })
      expect(await setScheduled({ LoginId: "unknown", IsActivated: true })).toMatchObject({
        status: 401,
        body: { FlinksCode: "INVALID_LOGIN" },
      })
      expect(await setScheduled({ LoginId: loginId, IsActivated: true }, "", {}, SANDBOX_US_INSTANCE)).toMatchObject({
        status: 401,
        body: { FlinksCode: "INVALID_LOGIN" },
      })
      await knobs.post("/variants", { invalidLoginStatus: 400 })
      expect((await setScheduled({ LoginId: "unknown", IsActivated: true })).status).toBe(400)
      for (const [body, query] of [
        [{ LoginId: loginId }, ""],
        [{ LoginId: loginId, IsActivated: "true" }, ""],
        [undefined, `?LoginId=${loginId}&IsActivated=yes`],
        [{ IsActivated: true }, ""],
      ] as const) {
        expect(await setScheduled(body, query)).toMatchObject({ status: 401, body: { FlinksCode: "INVALID_REQUEST" } })
      }
      expect(
        (
          await call(`${api.base}/SetScheduledRefresh`, {
            method: "POST",
            headers: { "x-api-key": api.instance.apiKey },
          })
        ).status
      ).toBe(405)
    })
  })

  describe("GetNightlyRefreshStatus", () => {
    it("takes the secret key as a Bearer token or as flinks-auth-key, and nothing else", async () => {
      expect(await status()).toMatchObject({ status: 200, body: { HttpStatusCode: 200, IneligibleCards: [] } })
      expect((await status({ "flinks-auth-key": api.instance.secretKey })).status).toBe(200)
      for (const headers of [
        {},
        { "x-api-key": api.instance.apiKey },
        { authorization: api.instance.secretKey },
        { authorization: `Bearer ${SANDBOX_US_INSTANCE.secretKey}` },
      ] as Array<Record<string, string>>) {
        expect(await status(headers)).toMatchObject({ status: 401, body: { FlinksCode: "UNAUTHORIZED" } })
      }
    })

    it("lists a login whose nightly refresh stalled at the bank's question, until a live refresh succeeds", async () => {
      const loginId = await scheduledLogin()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      expect(await nightly()).toMatchObject({ status: 200, body: { refreshed: [], stalled: [loginId], failed: [] } })
      const report = await status()
      expect(report.body.IneligibleCards).toEqual([
        {
          LoginId: loginId,
          LastRefreshDate: expect.stringMatching(ZONELESS_ISO),
          LastRefreshState: "AnsweringSecurityChallenge",
          LastRefreshErrorCode: null,
        },
      ])
      const login = await loginState(sandbox, loginId)
      expect(login).toMatchObject({
        lastLiveOutcome: "mfa_unanswered",
        mfaRequired: true,
        nightlyRefreshes: 1,
        liveSignIns: 1,
      })
      expect(login.lastNightlyRefresh).toMatchObject({ state: "AnsweringSecurityChallenge", errorCode: null })
      // The reference: a cached read after the unanswered question answers QUESTION_NOT_FOUND.
      expect(await api.cached(loginId)).toMatchObject({ status: 401, body: { FlinksCode: "QUESTION_NOT_FOUND" } })

      expect((await api.passMfa(await api.live(loginId))).status).toBe(200)
      expect((await status()).body.IneligibleCards).toEqual([])
    })

    it("lists a login whose password changed as Failed with INVALID_PASSWORD", async () => {
      const loginId = await scheduledLogin()
      await knobs.post(`/logins/${loginId}/change-password`)
      expect((await nightly()).body).toEqual({ refreshed: [], stalled: [], failed: [loginId] })
      expect((await status()).body.IneligibleCards).toEqual([
        {
          LoginId: loginId,
          LastRefreshDate: expect.stringMatching(ZONELESS_ISO),
          LastRefreshState: "Failed",
          LastRefreshErrorCode: "INVALID_PASSWORD",
        },
      ])
    })

    it("lists a login without a successful refresh in the last 7 days, with its LastRefresh as the date", async () => {
      const loginId = await scheduledLogin("greatday_nomfa")
      await knobs.post("/rewind", { hours: 7 * 24 - 1 })
      expect((await status()).body.IneligibleCards).toEqual([])
      await knobs.post("/rewind", { hours: 1 })
      const cached = await api.cached(loginId)
      expect((await status()).body.IneligibleCards).toEqual([
        {
          LoginId: loginId,
          LastRefreshDate: cached.body.Login.LastRefresh,
          LastRefreshState: "Completed",
          LastRefreshErrorCode: null,
        },
      ])
      await nightly()
      expect((await status()).body.IneligibleCards).toEqual([])
    })

    it("leaves out logins without scheduled refresh, and those of the other instance", async () => {
      const { loginId } = await api.connect()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      const usLogin = await scheduledLogin("Greatday", SANDBOX_US_INSTANCE)
      await knobs.post(`/logins/${usLogin}/change-password`)
      expect((await nightly()).body).toEqual({ refreshed: [], stalled: [], failed: [usLogin] })
      expect((await status()).body.IneligibleCards).toEqual([])
      expect((await status(undefined, SANDBOX_US_INSTANCE)).body.IneligibleCards).toEqual([
        expect.objectContaining({ LoginId: usLogin }),
      ])
    })
  })

  describe("the nightly run", () => {
    it("brings Flinks' copy up to date with nobody present, counted apart from live sign-ins", async () => {
      const loginId = await scheduledLogin()
      const before = await loginState(sandbox, loginId)
      const account = before.accounts[0]
      await knobs.post(`/logins/${loginId}/accounts/${account.id}/transactions`, { count: 2 })
      await knobs.post("/rewind", { hours: 20 })
      expect((await nightly()).body).toEqual({ refreshed: [loginId], stalled: [], failed: [] })
      const after = await loginState(sandbox, loginId)
      expect(after.accounts[0].visible).toBe(account.visible + 2)
      expect(after).toMatchObject({
        nightlyRefreshes: 1,
        liveSignIns: 1,
        lastRefreshScheduled: true,
        lastNightlyRefresh: { state: "Completed", errorCode: null },
      })
      const clock = (await knobs.get("/clock")).body
      expect(Math.abs(Date.parse(after.lastRefresh) - Date.parse(clock.now))).toBeLessThan(5_000)
      const cached = await api.cached(loginId)
      expect(cached.status).toBe(200)
      expect(cached.body.Login.IsScheduledRefresh).toBe(true)
      // A live refresh brings the copy itself again.
      expect((await api.live(loginId)).body.Login.IsScheduledRefresh).toBe(false)
    })

    it("stalls for every MFA user with push MFA (liveRefreshAsksMfa), and refreshes users without MFA", async () => {
      const mfaLogin = await scheduledLogin()
      const noMfa = await scheduledLogin("greatday_nomfa")
      await knobs.post("/variants", { liveRefreshAsksMfa: true })
      expect((await nightly()).body).toEqual({ refreshed: [noMfa], stalled: [mfaLogin], failed: [] })
    })

    it("runs only on the instance asked, and counts each run", async () => {
      const caLogin = await scheduledLogin("greatday_nomfa")
      const usLogin = await scheduledLogin("greatday_nomfa", SANDBOX_US_INSTANCE)
      expect((await nightly({ country: "US" })).body.refreshed).toEqual([usLogin])
      expect((await nightly({ customerId: api.instance.customerId })).body.refreshed).toEqual([caLogin])
      expect((await nightly()).body.refreshed).toEqual([caLogin, usLogin])
      expect((await loginState(sandbox, caLogin)).nightlyRefreshes).toBe(2)
      expect((await nightly({ country: "FR" })).status).toBe(400)
      expect((await nightly({ customerId: "nope" })).status).toBe(400)
      await knobs.post("/reset")
      expect((await nightly()).body).toEqual({ refreshed: [], stalled: [], failed: [] })
    })
  })

  describe("the nightlyRefresh variant", () => {
    it('"absent": both endpoints answer 404 without a FlinksCode, and no nightly refresh runs', async () => {
      const loginId = await scheduledLogin("greatday_nomfa")
      await knobs.post("/variants", { nightlyRefresh: "absent" })
      const set = await setScheduled({ LoginId: loginId, IsActivated: true })
      const report = await status()
      for (const answer of [set, report]) {
        expect(answer.status).toBe(404)
        expect(answer.body.HttpStatusCode).toBe(404)
        expect(answer.body.FlinksCode).toBeUndefined()
      }
      expect((await nightly()).body).toEqual({ refreshed: [], stalled: [], failed: [] })
      expect((await loginState(sandbox, loginId)).nightlyRefreshes).toBe(0)
    })

    it('"empty": SetScheduledRefresh answers 200 and the status list stays empty, but nothing runs', async () => {
      await knobs.post("/variants", { nightlyRefresh: "empty" })
      const loginId = await scheduledLogin()
      await knobs.post(`/logins/${loginId}/change-password`)
      await knobs.post("/rewind", { hours: 24 * 30 })
      expect((await nightly()).body).toEqual({ refreshed: [], stalled: [], failed: [] })
      expect(await status()).toMatchObject({ status: 200, body: { HttpStatusCode: 200, IneligibleCards: [] } })
      expect((await status({})).status).toBe(401)
      expect((await loginState(sandbox, loginId)).nightlyRefreshes).toBe(0)
    })
  })
})

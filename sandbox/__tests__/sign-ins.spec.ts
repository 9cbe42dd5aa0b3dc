import type { RunningSandbox } from "../src"
import { answerFor, control, flinks, loginState, openConnect, startSandbox } from "./helpers"

/** Every Authorize that reaches the bank is counted on its login, and nothing else is. */
describe("live sign-ins counted per login", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => knobs.post("/reset"))

  it("counts a credential sign-in once, whatever the MFA rounds, and never a cached read", async () => {
    await knobs.post("/variants", { mfaQuestionsPerRound: 2 })
    const { loginId } = await api.connect()
    expect(await loginState(sandbox, loginId)).toMatchObject({
      liveSignIns: 1,
      nightlyRefreshes: 0,
      liveSignInTimes: [expect.any(String)],
    })
    expect((await api.cached(loginId)).status).toBe(200)
    expect((await api.cached(loginId)).status).toBe(200)
    expect((await loginState(sandbox, loginId)).liveSignIns).toBe(1)
  })

  it("counts each live refresh by LoginId, answered or not, with its sandbox time, oldest first", async () => {
    const { loginId } = await api.connect()
    await knobs.post("/clock", { advanceMinutes: 60 })
    expect((await api.live(loginId)).status).toBe(200)
    await knobs.post(`/logins/${loginId}/require-mfa`)
    await knobs.post("/clock", { advanceMinutes: 60 })
    const challenge = await api.live(loginId)
    expect(challenge.status).toBe(203)
    expect((await api.answer(challenge)).status).toBe(200)
    const login = await loginState(sandbox, loginId)
    expect(login.liveSignIns).toBe(3)
    const times = login.liveSignInTimes.map((time: string) => Date.parse(time))
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(60 * 60_000)
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(60 * 60_000)
    const clock = (await knobs.get("/clock")).body
    expect(Math.abs(Date.parse(clock.now) - times[2])).toBeLessThan(5_000)
  })

  it("counts a live refresh the bank refused for a changed password, but not a call Flinks refused first", async () => {
    const { loginId } = await api.connect()
    await knobs.post(`/logins/${loginId}/change-password`)
    expect((await api.live(loginId)).status).toBe(401)
    expect((await api.authorize({ LoginId: loginId, MostRecentCached: false }, "not-a-token")).status).toBe(401)
    expect((await api.authorize({ LoginId: "unknown", MostRecentCached: false })).status).toBe(401)
    expect((await loginState(sandbox, loginId)).liveSignIns).toBe(2)
  })

  it("counts a sign-in on the Connect page, and the new attempt after a wrong answer, but not the answers", async () => {
    const page = await openConnect(sandbox, "demo=true")
    const mfa = await page.login()
    const retry = await page.act("mfa", { answer: "wrong" })
    expect(retry).toMatchObject({ step: "mfa", events: ["INVALID_SECURITY_RESPONSE"] })
    expect((await page.act("mfa", { answer: answerFor(retry.prompt) })).step).toBe("accounts")
    const done = await page.act("finish", { accountIds: [] })
    expect(mfa.step).toBe("mfa")
    expect(await loginState(sandbox, done.loginId)).toMatchObject({ liveSignIns: 2 })
  })

  it("does not count a wrong password typed in (no login is signed in), nor a resumed MFA", async () => {
    const { loginId } = await api.connect()
    expect((await api.credentials("Greatday", { Password: "nope" })).status).toBe(401)
    await knobs.post(`/logins/${loginId}/require-mfa`)
    const challenge = await api.live(loginId)
    const page = await openConnect(sandbox, `demo=true&requestId=${challenge.body.RequestId}`)
    expect(page.config.initial.step).toBe("mfa")
    expect((await page.act("mfa", { answer: answerFor(page.config.initial.prompt) })).step).toBe("accounts")
    expect((await loginState(sandbox, loginId)).liveSignIns).toBe(2)
  })

  it("clears the counts on reset", async () => {
    const { loginId } = await api.connect("greatday_nomfa")
    expect((await loginState(sandbox, loginId)).liveSignIns).toBe(1)
    await knobs.post("/reset", { seed: 1 })
    await knobs.post("/variants", { reviveKnownLogins: true })
    // The revived login is rebuilt as connected today, with nothing counted yet.
    expect((await api.cached(loginId)).status).toBe(200)
    expect(await loginState(sandbox, loginId)).toMatchObject({
      liveSignIns: 0,
      liveSignInTimes: [],
      nightlyRefreshes: 0,
    })
  })
})

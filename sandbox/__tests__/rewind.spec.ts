import type { RunningSandbox } from "../src"
import { control, flinks, loginState, startSandbox } from "./helpers"

/** POST /__sandbox/rewind: what the sandbox remembers happened earlier; the clock stays put. */
describe("rewind", () => {
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

  it("makes a login's refresh, live authorization and sign-ins older, without moving the clock or today", async () => {
    const { loginId } = await api.connect()
    const before = await loginState(sandbox, loginId)
    const clock = (await knobs.get("/clock")).body
    expect(await knobs.post("/rewind", { hours: 25.5 })).toMatchObject({ status: 200, body: { ok: true, hours: 25.5 } })
    const after = await loginState(sandbox, loginId)
    const shift = 25.5 * 3_600_000
    expect(Date.parse(before.lastRefresh) - Date.parse(after.lastRefresh)).toBe(shift)
    expect(Date.parse(before.liveAuthorizedAt) - Date.parse(after.liveAuthorizedAt)).toBe(shift)
    expect(Date.parse(before.liveSignInTimes[0]) - Date.parse(after.liveSignInTimes[0])).toBe(shift)
    const later = (await knobs.get("/clock")).body
    expect(later.today).toBe(clock.today)
    expect(later.offsetMinutes).toBe(clock.offsetMinutes)
    // History is not rewritten: the same lines, Flinks' copy as before.
    expect(after.accounts).toEqual(before.accounts)
  })

  it("shows the rewound age in Login.LastRefresh of a cached Authorize", async () => {
    const { loginId, authorized } = await api.connect()
    await knobs.post("/rewind", { hours: 48 })
    const cached = await api.cached(loginId)
    const age = Date.parse(`${authorized.body.Login.LastRefresh}Z`) - Date.parse(`${cached.body.Login.LastRefresh}Z`)
    expect(Math.abs(age - 48 * 3_600_000)).toBeLessThan(1)
  })

  it("lets an idle RequestId die once rewound by 8 minutes", async () => {
    const { requestId } = await api.connect("greatday_nomfa")
    await knobs.post("/rewind", { hours: 7 / 60 })
    expect((await api.summary({ RequestId: requestId })).status).toBe(200)
    await knobs.post("/rewind", { hours: 8 / 60 })
    expect(await api.summary({ RequestId: requestId })).toMatchObject({
      status: 400,
      body: { FlinksCode: "SESSION_NONEXISTENT" },
    })
  })

  it("ages authorize tokens and the CARD_IN_USE window too", async () => {
    const token = await api.token()
    const { loginId } = await api.connect("greatday_nomfa")
    await knobs.post("/rewind", { hours: 0.5 })
    expect((await api.authorize({ LoginId: loginId, MostRecentCached: true }, token)).body.Message).toMatch(/expired/)
    expect((await api.deleteCard(loginId)).status).toBe(200)
  })

  it("refuses a body without a positive number of hours", async () => {
    for (const body of [{}, { hours: 0 }, { hours: -1 }, { hours: "2" }, { hours: null }]) {
      const answer = await knobs.post("/rewind", body)
      expect(answer.status).toBe(400)
      expect(answer.body.error).toEqual(expect.any(String))
    }
  })
})

import { request } from "node:http"
import type { RunningSandbox } from "../src"
import { call, control, flinks, startSandbox } from "./helpers"

const TODAY = "2024-03-10"

describe("control routes", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(async () => {
    await knobs.post("/reset", { seed: 3 })
    await knobs.post("/clock", { today: TODAY })
  })

  describe("faults", () => {
    it("aggregation_error: 500 AGGREGATION_ERROR, once by default", async () => {
      await knobs.post("/faults", { endpoint: "GenerateAuthorizeToken", kind: "aggregation_error" })
      const failed = await call(`${api.base}/GenerateAuthorizeToken`, {
        method: "POST",
        headers: { "flinks-auth-key": api.instance.secretKey },
      })
      expect(failed.status).toBe(500)
      expect(failed.body).toEqual({ HttpStatusCode: 500, Message: expect.any(String), FlinksCode: "AGGREGATION_ERROR" })
      expect(await api.token()).toEqual(expect.any(String))
    })

    it("retry_later: 401 RETRY_LATER, `times` times", async () => {
      await knobs.post("/faults", { endpoint: "Authorize", kind: "retry_later", times: 2 })
      expect((await api.credentials("greatday_nomfa")).body.FlinksCode).toBe("RETRY_LATER")
      expect((await api.credentials("greatday_nomfa")).body).toMatchObject({
        HttpStatusCode: 401,
        FlinksCode: "RETRY_LATER",
      })
      expect((await api.credentials("greatday_nomfa")).status).toBe(200)
    })

    it("too_many_requests: 401 TOO_MANY_REQUESTS, 403 with the variant; * matches every endpoint", async () => {
      await knobs.post("/faults", { endpoint: "*", kind: "too_many_requests", times: 0 })
      const token = await call(`${api.base}/GenerateAuthorizeToken`, {
        method: "POST",
        headers: { "flinks-auth-key": api.instance.secretKey },
      })
      expect(token.body).toMatchObject({ HttpStatusCode: 401, FlinksCode: "TOO_MANY_REQUESTS" })
      await knobs.post("/variants", { tooManyRequestsStatus: 403 })
      const limited = await api.summary({ RequestId: "x" })
      expect(limited.status).toBe(403)
      expect(limited.body).toMatchObject({ HttpStatusCode: 403, FlinksCode: "TOO_MANY_REQUESTS" })
      expect((await knobs.get("/state")).body.faults).toHaveLength(1)
      await knobs.delete("/faults")
      expect((await api.credentials("greatday_nomfa")).status).toBe(200)
    })

    it("slow: answers normally after delayMs", async () => {
      await knobs.post("/faults", { endpoint: "GenerateAuthorizeToken", kind: "slow", delayMs: 300 })
      const started = Date.now()
      const token = await api.token()
      expect(Date.now() - started).toBeGreaterThanOrEqual(280)
      expect(token).toEqual(expect.any(String))
    })

    it("broken_json: a 200 whose JSON is cut short", async () => {
      const { requestId } = await api.connect("greatday_nomfa")
      await knobs.post("/faults", { endpoint: "GetAccountsSummary", kind: "broken_json" })
      const broken = await api.summary({ RequestId: requestId })
      expect(broken.status).toBe(200)
      expect(broken.text.startsWith('{"HttpStatusCode":200')).toBe(true)
      expect(() => JSON.parse(broken.text)).toThrow()
    })

    it("endless_202: the detail stays OPERATION_PENDING until cleared", async () => {
      const { requestId } = await api.connect("greatday_nomfa")
      await knobs.post("/faults", { endpoint: "GetAccountsDetailAsync", kind: "endless_202" })
      await api.detail({ RequestId: requestId })
      for (let i = 0; i < 5; i++) {
        expect((await api.detailAsync(requestId)).body.FlinksCode).toBe("OPERATION_PENDING")
      }
      await knobs.delete("/faults")
      // The rounds the endless answers stood in for are still to come.
      expect((await api.detailAsync(requestId)).status).toBe(202)
      expect((await api.detailAsync(requestId)).status).toBe(200)
    })

    it("drop: the socket closes without an answer", async () => {
      await knobs.post("/faults", { endpoint: "GenerateAuthorizeToken", kind: "drop" })
      const url = new URL(`${api.base}/GenerateAuthorizeToken`)
      const outcome = await new Promise<string>((resolve) => {
        const req = request(url, { method: "POST", headers: { "flinks-auth-key": api.instance.secretKey } }, (res) =>
          resolve(`status ${res.statusCode}`)
        )
        req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
        req.end()
      })
      expect(outcome).toBe("ECONNRESET")
      expect(await api.token()).toEqual(expect.any(String))
    })

    it("drop_after: the call runs, then the socket closes without an answer", async () => {
      const { loginId } = await api.connect("greatday_nomfa")
      await knobs.post("/clock", { advanceMinutes: 1 })
      await knobs.post("/faults", { endpoint: "DeleteCard", kind: "drop" })
      await expect(api.deleteCard(loginId)).rejects.toThrow()
      expect((await knobs.get("/state")).body.logins.map((login: { loginId: string }) => login.loginId)).toContain(
        loginId
      )

      await knobs.post("/faults", { endpoint: "DeleteCard", kind: "drop_after" })
      await expect(api.deleteCard(loginId)).rejects.toThrow()
      expect((await knobs.get("/state")).body.logins).toEqual([])
      expect((await api.deleteCard(loginId)).body.FlinksCode).toBe("INVALID_LOGIN")
    })

    it("refuses a fault it cannot arm", async () => {
      expect((await knobs.post("/faults", { endpoint: "Nope", kind: "drop" })).status).toBe(400)
      expect((await knobs.post("/faults", { endpoint: "Authorize", kind: "explode" })).status).toBe(400)
      expect((await knobs.post("/faults", { endpoint: "Authorize", kind: "endless_202" })).status).toBe(400)
    })
  })

  describe("variants", () => {
    it("lists every variant with its default and refuses unknown names and values", async () => {
      const state = await knobs.get("/state")
      expect(state.body.variants).toMatchObject({
        invalidLoginStatus: 401,
        tooManyRequestsStatus: 401,
        tokenTtlMinutes: 30,
        mfaAnswerNeedsNewToken: true,
        asyncPendingRounds: 1,
      })
      expect((await knobs.post("/variants", { tokenTtlMinutes: 20 })).status).toBe(400)
      expect((await knobs.post("/variants", { typoVariant: true })).status).toBe(400)
      const set = await knobs.post("/variants", { asyncPendingRounds: 0 })
      expect(set.body.asyncPendingRounds).toBe(0)
    })

    it("orders transactions oldest first with the variant", async () => {
      await knobs.post("/variants", { transactionOrder: "oldestFirst" })
      const lines = (await api.pull((await api.connect()).requestId)).body.Accounts[0].Transactions
      expect(lines[0].Date <= lines[lines.length - 1].Date).toBe(true)
      expect(lines[0].Date < lines[lines.length - 1].Date).toBe(true)
    })

    it("prints LastRefresh with 6 fractional digits with the variant", async () => {
      await knobs.post("/variants", { lastRefreshDigits: 6 })
      const { authorized } = await api.connect()
      expect(authorized.body.Login.LastRefresh).toMatch(/\.\d{6}$/)
    })

    it("re-keys every line on every pull with transactionIds perPull, same content", async () => {
      const { loginId, requestId } = await api.connect()
      const first = (await api.pull(requestId)).body.Accounts[0].Transactions
      await knobs.post("/variants", { transactionIds: "perPull" })
      const second = (await api.pull((await api.cached(loginId)).body.RequestId)).body.Accounts[0].Transactions
      const third = (await api.pull((await api.cached(loginId)).body.RequestId)).body.Accounts[0].Transactions
      expect(second.map((t: { Date: string }) => t.Date)).toEqual(first.map((t: { Date: string }) => t.Date))
      expect(second[0].Id).not.toBe(first[0].Id)
      expect(third[0].Id).not.toBe(second[0].Id)
      expect(second[0].Balance).toBe(first[0].Balance)
    })
  })

  describe("clock", () => {
    it("moves by minutes and days, or to a date, and back to real time on reset", async () => {
      expect((await knobs.get("/clock")).body.today).toBe(TODAY)
      expect((await knobs.post("/clock", { advanceDays: 1 })).body.today).toBe("2024-03-11")
      const later = await knobs.post("/clock", { advanceMinutes: 60 * 24 })
      expect(later.body.today).toBe("2024-03-12")
      expect((await knobs.post("/clock", { today: "2024-02-30" })).status).toBe(400)
      await knobs.post("/reset")
      const real = (await knobs.get("/clock")).body
      expect(real.offsetMinutes).toBe(0)
      expect(Math.abs(Date.parse(real.now) - Date.now())).toBeLessThan(5_000)
    })
  })

  describe("state", () => {
    it("summarises logins, tokens, sessions, faults and clock", async () => {
      const { loginId, requestId } = await api.connect()
      await api.token()
      await knobs.post("/faults", { endpoint: "DeleteCard", kind: "drop" })
      const state = (await knobs.get("/state")).body
      expect(state.seed).toBe(3)
      expect(state.clock.today).toBe(TODAY)
      expect(state.tokens).toEqual({ issued: 3, unused: 1 })
      expect(state.logins).toEqual([
        expect.objectContaining({ loginId, username: "Greatday", customerId: api.instance.customerId, country: "CA" }),
      ])
      expect(state.sessions).toEqual([
        expect.objectContaining({ requestId, loginId, stage: "authorized", mode: "live" }),
      ])
      expect(state.faults).toEqual([expect.objectContaining({ endpoint: "DeleteCard", kind: "drop", remaining: 1 })])
    })

    it("clears everything on reset", async () => {
      await api.connect()
      await knobs.post("/variants", { tokenTtlMinutes: 15 })
      await knobs.post("/faults", { endpoint: "*", kind: "drop", times: 0 })
      await knobs.post("/reset")
      const state = (await knobs.get("/state")).body
      expect(state).toMatchObject({ logins: [], sessions: [], faults: [], tokens: { issued: 0, unused: 0 } })
      expect(state.variants.tokenTtlMinutes).toBe(30)
    })
  })

  describe("institutions", () => {
    it("lists Flinks Capital first, then real banks, per country", async () => {
      const ca = (await knobs.get("/institutions?country=CA")).body.institutions
      expect(ca[0]).toEqual({ id: 14, code: "FlinksCapital", name: "Flinks Capital", canLogIn: true })
      expect(ca.map((i: { name: string }) => i.name)).toEqual(
        expect.arrayContaining(["RBC Royal Bank", "TD Canada Trust", "Scotiabank", "Desjardins"])
      )
      const us = (await knobs.get("/institutions?country=US")).body.institutions
      expect(us[0].code).toBe("FlinksCapital")
      expect(us.map((i: { name: string }) => i.name)).toEqual(
        expect.arrayContaining(["Chase", "Bank of America", "Wells Fargo"])
      )
      expect((await knobs.get("/institutions")).status).toBe(400)
    })
  })

  describe("transactions", () => {
    it("adds posted lines dated today, continuing the running balance", async () => {
      const { loginId, requestId } = await api.connect()
      const account = (await api.pull(requestId)).body.Accounts[0]
      const added = await knobs.post(`/logins/${loginId}/accounts/${account.Id}/transactions`, { count: 4 })
      expect(added.status).toBe(200)
      const lines = added.body.transactions
      expect(lines).toHaveLength(4)
      let balance = Math.round(account.Transactions[0].Balance * 100)
      for (const line of lines) {
        expect(line.Date).toBe(TODAY)
        expect((line.Debit === null) !== (line.Credit === null)).toBe(true)
        balance += Math.round((line.Credit ?? 0) * 100) - Math.round((line.Debit ?? 0) * 100)
        expect(Math.round(line.Balance * 100)).toBe(balance)
      }
      const dated = await knobs.post(`/logins/${loginId}/accounts/${account.Id}/transactions`, {
        count: 1,
        date: "2024-03-09",
      })
      expect(dated.status).toBe(400)
      const unknown = await knobs.post(`/logins/${loginId}/accounts/nope/transactions`, { count: 1 })
      expect(unknown.status).toBe(404)
    })

    it("re-keys one line: same content, new Id from now on", async () => {
      const { loginId, requestId } = await api.connect()
      const before = (await api.pull(requestId)).body.Accounts[0].Transactions
      const rekeyed = await knobs.post(`/transactions/${before[5].Id}/rekey`)
      expect(rekeyed.body).toEqual({ oldId: before[5].Id, newId: expect.any(String) })
      const after = (await api.pull((await api.cached(loginId)).body.RequestId)).body.Accounts[0].Transactions
      expect(after[5]).toEqual({ ...before[5], Id: rekeyed.body.newId })
      expect(after[4]).toEqual(before[4])
      expect((await knobs.post("/transactions/nope/rekey")).status).toBe(404)
    })

    it("generates and serves a 100,000-line history", async () => {
      const { loginId, requestId } = await api.connect()
      const accountId = (await api.summary({ RequestId: requestId })).body.Accounts[0].Id
      const history = await knobs.post(`/logins/${loginId}/accounts/${accountId}/history`, { count: 100_000 })
      expect(history.body).toMatchObject({ count: 100_000, lastDate: TODAY })
      const detail = await api.pull(requestId, { AccountsFilter: [accountId], DaysOfTransactions: "Days365" })
      expect(detail.status).toBe(200)
      const lines = detail.body.Accounts[0].Transactions
      expect(lines).toHaveLength(100_000)
      expect(new Set(lines.map((t: { Id: string }) => t.Id)).size).toBe(100_000)
      expect(Math.round(detail.body.Accounts[0].Balance.Current * 100)).toBe(Math.round(lines[0].Balance * 100))
    })
  })

  describe("determinism", () => {
    const pullAccounts = async () => {
      const { requestId } = await api.connect()
      const detail = await api.pull(requestId)
      return JSON.stringify(detail.body.Accounts)
    }

    it("gives byte-identical data for the same seed and day, other data for another seed", async () => {
      const first = await pullAccounts()
      await knobs.post("/reset", { seed: 3 })
      await knobs.post("/clock", { today: TODAY })
      expect(await pullAccounts()).toBe(first)
      await knobs.post("/reset", { seed: 4 })
      await knobs.post("/clock", { today: TODAY })
      expect(await pullAccounts()).not.toBe(first)
    })
  })

  it("answers unknown control routes with 404 and wrong methods with 405", async () => {
    expect((await knobs.get("/nope")).status).toBe(404)
    expect((await knobs.get("/reset")).status).toBe(405)
    expect((await knobs.post("/logins/nope/require-mfa")).status).toBe(404)
  })
})

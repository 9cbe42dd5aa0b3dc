import type { RunningSandbox } from "../src"
import { control, flinks, startSandbox, type Call } from "./helpers"

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const TODAY = "2024-06-15"

/** Days between two "YYYY-MM-DD" dates, on the calendar (UTC has no daylight saving). */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** The amounts' text as sent, e.g. "1050.75", read from the raw body rather than from floats. */
const amountTexts = (text: string) =>
  [...text.matchAll(/"(?:Debit|Credit|Balance|Available|Current|Limit|OverdraftLimit)":(-?[0-9.eE+]+)/g)].map(
    (m) => m[1]
  )

/** Integer cents from an amount's exact text. */
const cents = (value: number | null) => (value === null ? 0 : Math.round(value * 100))

describe("account data", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 7 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(async () => {
    await knobs.post("/reset", { seed: 7 })
    await knobs.post("/clock", { today: TODAY })
  })

  it("answers GetAccountsDetail 202 OPERATION_PENDING first, with a link to the Async endpoint", async () => {
    const { requestId } = await api.connect()
    const first = await api.detail({ RequestId: requestId, WithTransactions: true, DaysOfTransactions: "Days90" })
    expect(first.status).toBe(202)
    expect(first.body).toEqual({
      HttpStatusCode: 202,
      Links: [
        {
          rel: "GetAccountsDetailAsync",
          href: "/GetAccountsDetailAsync",
          example: "/GetAccountsDetailAsync/{requestId}",
        },
      ],
      Message: expect.any(String),
      FlinksCode: "OPERATION_PENDING",
      RequestId: requestId,
    })
    const second = await api.detailAsync(requestId)
    expect(second.status).toBe(202)
    const done = await api.detailAsync(requestId)
    expect(done.status).toBe(200)
    expect(done.body.HttpStatusCode).toBe(200)
  })

  it("polls asyncPendingRounds times before the 200, and answers at once with detailPendingFirst off", async () => {
    const { requestId } = await api.connect()
    await knobs.post("/variants", { asyncPendingRounds: 3 })
    await api.detail({ RequestId: requestId })
    const statuses = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await api.detailAsync(requestId)).status)
    }
    expect(statuses).toEqual([202, 202, 202, 200])
    await knobs.post("/variants", { detailPendingFirst: false })
    expect((await api.detail({ RequestId: requestId })).status).toBe(200)
  })

  it("returns Flinks Capital's nine accounts with every documented field", async () => {
    const { requestId, loginId } = await api.connect()
    const detail = await api.pull(requestId, { WithKYC: true })
    expect(detail.status).toBe(200)
    expect(Object.keys(detail.body)).toEqual([
      "HttpStatusCode",
      "Accounts",
      "InstitutionName",
      "Login",
      "InstitutionId",
      "Institution",
      "RequestId",
    ])
    expect(detail.body).toMatchObject({
      InstitutionName: "FlinksCapital",
      InstitutionId: 14,
      Institution: "FlinksCapital",
      RequestId: requestId,
      Login: { Id: loginId },
    })
    const accounts = detail.body.Accounts
    expect(accounts).toHaveLength(9)
    expect(new Set(accounts.map((a: { Currency: string }) => a.Currency))).toEqual(new Set(["CAD", "USD"]))
    expect(new Set(accounts.map((a: { AccountType: string }) => a.AccountType))).toEqual(
      new Set(["Personal", "Business"])
    )
    expect(new Set(accounts.map((a: { Category: string }) => a.Category))).toEqual(
      new Set(["Operations", "Credits", "Products"])
    )
    const titles = accounts.map((a: { Title: string }) => a.Title)
    expect(titles).toEqual(
      expect.arrayContaining(["Chequing CAD", "Chequing US", "Business Account", "Line of Credit", "Credit card"])
    )
    const card = accounts.find((a: { Title: string }) => a.Title === "Credit card")
    expect(card).toMatchObject({
      AccountNumber: "420024******4242",
      LastFourDigits: "4242",
      Type: "CreditCard",
      Category: "Credits",
    })
    for (const account of accounts) {
      for (const value of [account.Balance.Available, account.Balance.Limit]) {
        expect(value === null || typeof value === "number").toBe(true)
      }
      expect(account).toEqual({
        Transactions: expect.any(Array),
        TransitNumber: expect.any(String),
        InstitutionNumber: expect.any(String),
        OverdraftLimit: expect.any(Number),
        Title: expect.any(String),
        AccountNumber: expect.any(String),
        LastFourDigits: expect.any(String),
        Balance: { Available: account.Balance.Available, Current: expect.any(Number), Limit: account.Balance.Limit },
        Category: expect.any(String),
        Type: expect.any(String),
        Currency: expect.any(String),
        Holder: {
          Name: expect.any(String),
          Address: expect.any(Object),
          Email: expect.any(String),
          PhoneNumber: expect.any(String),
        },
        AccountType: expect.any(String),
        Id: expect.stringMatching(GUID),
      })
    }
  })

  it("leaves Holder null without WithKYC and Transactions empty without WithTransactions", async () => {
    const { requestId } = await api.connect()
    const detail = await api.pull(requestId, { WithTransactions: false })
    for (const account of detail.body.Accounts) {
      expect(account.Holder).toBeNull()
      expect(account.Transactions).toEqual([])
    }
  })

  it("writes transactions as the reference says: GUID Ids, calendar dates, one of Debit/Credit, running balances", async () => {
    const { requestId } = await api.connect()
    const detail = await api.pull(requestId)
    for (const account of detail.body.Accounts) {
      const lines = account.Transactions
      expect(lines.length).toBeGreaterThan(0)
      const owed = account.Category === "Credits"
      // Newest first: each line's Balance is the previous (older) line's Balance plus its own effect.
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]
        expect(Object.keys(line)).toEqual(["Id", "Date", "Code", "Description", "Debit", "Credit", "Balance"])
        expect(line.Id).toMatch(GUID)
        expect(line.Date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(line.Code).toBeNull()
        expect(typeof line.Description).toBe("string")
        expect((line.Debit === null) !== (line.Credit === null)).toBe(true)
        if (i + 1 < lines.length) {
          const older = lines[i + 1]
          expect(older.Date <= line.Date).toBe(true)
          const effect = owed ? cents(line.Debit) - cents(line.Credit) : cents(line.Credit) - cents(line.Debit)
          expect(cents(line.Balance)).toBe(cents(older.Balance) + effect)
        }
      }
      expect(cents(account.Balance.Current)).toBe(cents(lines[0].Balance))
    }
    expect(
      new Set(
        detail.body.Accounts.flatMap((a: { Transactions: Array<{ Id: string }> }) => a.Transactions.map((t) => t.Id))
      ).size
    ).toBe(detail.body.Accounts.reduce((sum: number, a: { Transactions: unknown[] }) => sum + a.Transactions.length, 0))
  })

  it("prints amounts as exact decimals with at most two digits (12.3 style, or 12.30 with fixed2)", async () => {
    const { requestId } = await api.connect()
    const detail = await api.pull(requestId)
    const texts = amountTexts(detail.text)
    expect(texts.length).toBeGreaterThan(500)
    for (const text of texts) {
      expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/)
      expect(text).not.toMatch(/\.\d*0$/)
    }
    const descriptions = detail.body.Accounts.flatMap((a: { Transactions: Array<{ Description: string }> }) =>
      a.Transactions.map((t) => t.Description)
    )
    for (const kind of ["PAYROLL", "POS PURCHASE", "INTERAC E-TRANSFER", "FEE", "BILL PAYMENT", "DEPOSIT"]) {
      expect(descriptions.some((d: string) => d.includes(kind))).toBe(true)
    }

    await knobs.post("/variants", { amountFormat: "fixed2" })
    const fixed = await api.pull((await api.cached((await api.connect()).loginId)).body.RequestId)
    for (const text of amountTexts(fixed.text)) {
      expect(text).toMatch(/^-?\d+\.\d{2}$/)
    }
  })

  it("counts Days90 and Days365 back from the sandbox's today", async () => {
    const { requestId, loginId } = await api.connect()
    const dates = (call: Call) => call.body.Accounts[0].Transactions.map((t: { Date: string }) => t.Date)
    const d90 = dates(await api.pull(requestId, { DaysOfTransactions: "Days90" }))
    const d365 = dates(await api.pull(requestId, { DaysOfTransactions: "Days365" }))
    expect(d365.length).toBeGreaterThan(d90.length)
    expect(Math.max(...d90.map((d: string) => daysBetween(d, TODAY)))).toBeLessThanOrEqual(90)
    expect(Math.max(...d90.map((d: string) => daysBetween(d, TODAY)))).toBeGreaterThan(80)
    expect(Math.max(...d365.map((d: string) => daysBetween(d, TODAY)))).toBeLessThanOrEqual(365)
    expect(Math.max(...d365.map((d: string) => daysBetween(d, TODAY)))).toBeGreaterThan(355)
    expect(d90[0] <= TODAY).toBe(true)

    // Thirty days later the window has moved and history has not been rewritten.
    await knobs.post("/clock", { advanceDays: 30 })
    const later = dates(await api.pull((await api.cached(loginId)).body.RequestId, { DaysOfTransactions: "Days90" }))
    expect(later.every((d: string) => daysBetween(d, "2024-07-15") <= 90)).toBe(true)
    expect(later.length).toBeLessThan(d90.length)
  })

  it("refuses a DaysOfTransactions it does not know", async () => {
    const { requestId } = await api.connect()
    const answer = await api.detail({ RequestId: requestId, DaysOfTransactions: "Days30" })
    expect(answer.status).toBe(401)
    expect(answer.body.FlinksCode).toBe("INVALID_REQUEST")
  })

  it("honours AccountsFilter", async () => {
    const { requestId } = await api.connect()
    const all = await api.pull(requestId, { WithTransactions: false })
    const ids = all.body.Accounts.slice(2, 4).map((a: { Id: string }) => a.Id)
    const some = await api.pull(requestId, { WithTransactions: false, AccountsFilter: ids })
    expect(some.body.Accounts.map((a: { Id: string }) => a.Id)).toEqual(ids)
    const summary = await api.summary({ RequestId: requestId, AccountsFilter: [ids[0]] })
    expect(summary.body.Accounts.map((a: { Id: string }) => a.Id)).toEqual([ids[0]])
  })

  it("answers GetAccountsSummary at once, without transactions", async () => {
    const { requestId } = await api.connect()
    const summary = await api.summary({ RequestId: requestId })
    expect(summary.status).toBe(200)
    expect(summary.body).toMatchObject({
      HttpStatusCode: 200,
      RequestId: requestId,
      Institution: "FlinksCapital",
      Login: { Username: "Greatday" },
    })
    expect(summary.body.Accounts).toHaveLength(9)
    expect(summary.body.Accounts[0].Transactions).toBeUndefined()
  })

  it("answers GetStatements with Flinks Capital's empty lists", async () => {
    const { requestId } = await api.connect()
    const statements = await api.statements({ RequestId: requestId, NumberOfStatements: "Months3" })
    expect(statements.status).toBe(200)
    expect(statements.body.HttpStatusCode).toBe(200)
    expect(statements.body.StatementsByAccount).toHaveLength(9)
    for (const entry of statements.body.StatementsByAccount) {
      expect(entry).toEqual({ AccountNumber: expect.any(String), Statements: [] })
    }
    expect((await api.statements({ RequestId: requestId, NumberOfStatements: "Months6" })).body.FlinksCode).toBe(
      "INVALID_REQUEST"
    )
  })

  describe("RequestId lifetime", () => {
    it("refuses an unknown RequestId with 400 SESSION_NONEXISTENT", async () => {
      const answer = await api.summary({ RequestId: "7d1f4c2e-0000-4000-8000-000000000000" })
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({
        HttpStatusCode: 400,
        Message: "RequestId is invalid or session has ended",
        FlinksCode: "SESSION_NONEXISTENT",
      })
      expect((await api.detailAsync("7d1f4c2e-0000-4000-8000-000000000000")).status).toBe(400)
    })

    it("refuses data before the MFA is answered with 401 UNAUTHORIZED", async () => {
      const challenge = await api.credentials()
      const answer = await api.summary({ RequestId: challenge.body.RequestId })
      expect(answer.status).toBe(401)
      expect(answer.body.FlinksCode).toBe("UNAUTHORIZED")
    })

    it("ends a RequestId after 8 idle minutes; each call restarts the count", async () => {
      const { requestId } = await api.connect()
      await knobs.post("/clock", { advanceMinutes: 7 })
      expect((await api.summary({ RequestId: requestId })).status).toBe(200)
      await knobs.post("/clock", { advanceMinutes: 7 })
      expect((await api.summary({ RequestId: requestId })).status).toBe(200)
      await knobs.post("/clock", { advanceMinutes: 8.5 })
      expect((await api.summary({ RequestId: requestId })).body.FlinksCode).toBe("SESSION_NONEXISTENT")
    })

    it("ends a RequestId waiting on an MFA answer after 8 idle minutes too", async () => {
      const challenge = await api.credentials()
      await knobs.post("/clock", { advanceMinutes: 9 })
      expect((await api.answer(challenge)).body.FlinksCode).toBe("SESSION_NONEXISTENT")
    })

    it("keeps a RequestId 30 minutes while data is being processed", async () => {
      const { requestId } = await api.connect()
      await api.detail({ RequestId: requestId })
      await knobs.post("/clock", { advanceMinutes: 25 })
      expect((await api.detailAsync(requestId)).status).toBe(202)
      await knobs.post("/clock", { advanceMinutes: 29 })
      expect((await api.detailAsync(requestId)).status).toBe(200)
      await knobs.post("/clock", { advanceMinutes: 9 })
      expect((await api.detailAsync(requestId)).body.FlinksCode).toBe("SESSION_NONEXISTENT")

      const again = (await api.cached((await api.connect()).loginId)).body.RequestId
      await api.detail({ RequestId: again })
      await knobs.post("/clock", { advanceMinutes: 31 })
      expect((await api.detailAsync(again)).body.FlinksCode).toBe("SESSION_NONEXISTENT")
    })
  })

  describe("special usernames", () => {
    it("test_dispatched: 202 OPERATION_DISPATCHED with a partial result, then the Async endpoint", async () => {
      const { requestId } = await api.connect("test_dispatched")
      const first = await api.detail({ RequestId: requestId })
      expect(first.status).toBe(202)
      expect(first.body.FlinksCode).toBe("OPERATION_DISPATCHED")
      expect(first.body.Accounts).toHaveLength(9)
      expect(first.body.Accounts[0].Transactions).toEqual([])
      expect((await api.pull(requestId)).status).toBe(200)
    })

    it("test_pending: 202 OPERATION_PENDING with a partial result, pending longer than Greatday", async () => {
      const { requestId } = await api.connect("test_pending")
      const first = await api.detail({ RequestId: requestId })
      expect(first.body).toMatchObject({ HttpStatusCode: 202, FlinksCode: "OPERATION_PENDING" })
      expect(first.body.Accounts).toHaveLength(9)
      const statuses = []
      for (let i = 0; i < 4; i++) {
        statuses.push((await api.detailAsync(requestId)).status)
      }
      expect(statuses).toEqual([202, 202, 202, 200])
    })
  })

  describe("cached data and new lines", () => {
    it("shows the bank's new lines only after a live refresh (or a background one)", async () => {
      const { loginId, authorized } = await api.connect()
      const accountId = (await api.pull(authorized.body.RequestId)).body.Accounts[0].Id
      const added = await knobs.post(`/logins/${loginId}/accounts/${accountId}/transactions`, { count: 3 })
      expect(added.status).toBe(200)
      const newIds = added.body.transactions.map((t: { Id: string }) => t.Id)

      const idsOf = async (requestId: string) =>
        (await api.pull(requestId, { AccountsFilter: [accountId] })).body.Accounts[0].Transactions.map(
          (t: { Id: string }) => t.Id
        )
      const cachedIds = await idsOf((await api.cached(loginId)).body.RequestId)
      expect(cachedIds).not.toContain(newIds[0])

      const liveIds = await idsOf((await api.live(loginId)).body.RequestId)
      expect(liveIds.slice(0, 3).sort()).toEqual([...newIds].sort())

      await knobs.post(`/logins/${loginId}/accounts/${accountId}/transactions`, { count: 1 })
      await knobs.post(`/logins/${loginId}/refresh`)
      const background = await api.cached(loginId)
      expect(background.body.Login.IsScheduledRefresh).toBe(true)
      expect(await idsOf(background.body.RequestId)).toHaveLength(liveIds.length + 1)
    })
  })

  describe("DeleteCard", () => {
    it("answers 400 CARD_IN_USE right after a live Authorize, then deletes", async () => {
      const { loginId } = await api.connect()
      const busy = await api.deleteCard(loginId)
      expect(busy.status).toBe(400)
      expect(busy.body).toMatchObject({ HttpStatusCode: 400, FlinksCode: "CARD_IN_USE" })
      await knobs.post("/clock", { advanceMinutes: 1 })
      const done = await api.deleteCard(loginId)
      expect(done.status).toBe(200)
      expect(done.body).toEqual({ HttpStatusCode: 200, Message: expect.stringContaining(loginId) })
      const again = await api.deleteCard(loginId)
      expect(again.status).toBe(401)
      expect(again.body.FlinksCode).toBe("INVALID_LOGIN")
    })

    it("answers CARD_IN_USE while a detail request is being processed", async () => {
      const { loginId } = await api.connect()
      await knobs.post("/clock", { advanceMinutes: 1 })
      const { RequestId } = (await api.cached(loginId)).body
      await api.detail({ RequestId })
      expect((await api.deleteCard(loginId)).body.FlinksCode).toBe("CARD_IN_USE")
      await api.pull(RequestId)
      expect((await api.deleteCard(loginId)).status).toBe(200)
      expect((await api.summary({ RequestId })).body.FlinksCode).toBe("SESSION_NONEXISTENT")
    })

    it("answers an empty 200 with the deleteCardBody variant", async () => {
      await knobs.post("/variants", { deleteCardBody: "empty", cardInUseSeconds: 0 })
      const { loginId } = await api.connect()
      const done = await api.deleteCard(loginId)
      expect(done.status).toBe(200)
      expect(done.text).toBe("")
    })
  })
})

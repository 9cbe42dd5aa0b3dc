import { parseLosslessJson } from "../lossless-json"
import { normaliseAccounts } from "../normalise"
import {
  accountSchema,
  accountsSchema,
  authorizedSchema,
  errorSchema,
  mfaSchema,
  statementsSchema,
  checkStreamedTransaction,
  transactionSchema,
} from "../schemas"

const detailText = `{
  "HttpStatusCode": 200,
  "Accounts": [{
    "Transactions": [
      {"Id": "t-1", "Date": "2024-03-31", "Code": null, "Description": "Payroll", "Debit": null, "Credit": 1050.75, "Balance": 12345678901234567.89, "Category": "Income"},
      {"Id": "t-2", "Date": "2024-04-01", "Code": null, "Description": "Coffee", "Debit": 0.1, "Credit": null, "Balance": -3}
    ],
    "TransitNumber": "77777", "InstitutionNumber": "777", "OverdraftLimit": 0, "Title": "Chequing CAD",
    "AccountNumber": "1111000", "LastFourDigits": "1000",
    "Balance": {"Available": 1.05075E3, "Current": 1050.75, "Limit": null},
    "Category": "Operations", "Type": "Chequing", "Currency": "CAD", "Holder": null, "AccountType": "Personal",
    "Id": "acc-1", "SomethingNew": {"nested": [1, 2]}
  }],
  "InstitutionName": "FlinksCapital", "InstitutionId": 14, "Institution": "FlinksCapital",
  "Login": {"Username": "Greatday", "IsScheduledRefresh": false, "LastRefresh": "2024-04-01T12:34:56.1234567", "Type": "Personal", "Id": "login-1"},
  "RequestId": "req-1"
}`

describe("schemas", () => {
  it("reads an accounts detail into exact decimal text and untouched calendar dates", () => {
    const body = accountsSchema.parse(parseLosslessJson(detailText))
    const result = normaliseAccounts(body, "req-1")
    const [account] = result.accounts
    expect(account.balance).toEqual({ available: "1050.75", current: "1050.75", limit: null })
    expect(account.overdraftLimit).toBe("0")
    expect(account.transactions.map((t) => [t.date, t.debit, t.credit, t.balance])).toEqual([
      ["2024-03-31", null, "1050.75", "12345678901234567.89"],
      ["2024-04-01", "0.1", null, "-3"],
    ])
    expect(account.transactions[0]).toMatchObject({ providerTransactionId: "t-1", providerAccountId: "acc-1" })
    expect(result.login).toEqual({
      loginId: "login-1",
      username: "Greatday",
      isScheduledRefresh: false,
      lastRefresh: "2024-04-01T12:34:56.1234567",
      type: "Personal",
    })
    expect(result.institution).toEqual({ name: "FlinksCapital", id: "14", displayName: "FlinksCapital" })
  })

  it("keeps fields it does not know in the raw payload", () => {
    const result = normaliseAccounts(accountsSchema.parse(parseLosslessJson(detailText)), "req-1")
    expect(result.accounts[0].raw).toMatchObject({ SomethingNew: { nested: ["1", "2"] } })
    expect(result.accounts[0].transactions[0].raw).toMatchObject({ Category: "Income" })
  })

  it("refuses a JS number as money: it must have come through a float", () => {
    const parsed = transactionSchema.safeParse({ Id: "t", Date: "2024-01-01", Debit: 0.1, Credit: null, Balance: null })
    expect(parsed.success).toBe(false)
  })

  it.each(["12,50", "1.2.3", "abc", "", "NaN", " 1"])("refuses %j as an amount", (amount) => {
    const parsed = transactionSchema.safeParse({ Id: "t", Date: "2024-01-01", Debit: amount })
    expect(parsed.success).toBe(false)
  })

  it.each(["2024-1-01", "2024-01-01T00:00:00Z", "01/02/2024"])("refuses %j as a calendar date", (date) => {
    expect(transactionSchema.safeParse({ Id: "t", Date: date }).success).toBe(false)
  })

  it("accepts the 200 that answers an MFA round without Login", () => {
    const parsed = authorizedSchema.parse(
      parseLosslessJson('{"HttpStatusCode":200,"RequestId":"r","Institution":"FlinksCapital"}')
    )
    expect(parsed.Login).toBeUndefined()
  })

  it("reads a 203 with unknown challenge types and fields", () => {
    const parsed = mfaSchema.parse(
      parseLosslessJson(
        '{"HttpStatusCode":203,"RequestId":"r","SecurityChallenges":[{"Type":"ImageSelection","Prompt":"Pick","Images":["x"]}]}'
      )
    )
    expect(parsed.SecurityChallenges[0]).toMatchObject({ Type: "ImageSelection", Images: ["x"] })
  })

  it("reads any error envelope, including codes it does not know", () => {
    const parsed = errorSchema.parse(
      parseLosslessJson('{"HttpStatusCode":401,"FlinksCode":"BRAND_NEW","Message":"m","Extra":1}')
    )
    expect(parsed).toMatchObject({ HttpStatusCode: 401, FlinksCode: "BRAND_NEW", Extra: "1" })
    // A garbled field does not hide the rest of the envelope.
    expect(errorSchema.parse({ HttpStatusCode: "abc", FlinksCode: "RETRY_LATER" }).FlinksCode).toBe("RETRY_LATER")
  })

  it("reads statements, including Flinks Capital's empty lists", () => {
    expect(statementsSchema.parse({ HttpStatusCode: "200", StatementsByAccount: [] }).StatementsByAccount).toEqual([])
    expect(
      statementsSchema.parse({
        StatementsByAccount: [
          { AccountNumber: "1111000", Statements: [{ UniqueId: "u", FileType: "PDF", Base64Bytes: "JVBERi0=" }] },
        ],
      }).StatementsByAccount
    ).toHaveLength(1)
  })
})

describe("an account's transactions", () => {
  it("are normalised in place, and a malformed line is named by its position", () => {
    const transactions: unknown[] = [{ Id: 5, Date: "2026-01-02", Debit: "1.50E1", Credit: null, Balance: "3" }]
    const parsed = accountSchema.parse({ Id: "a", Transactions: transactions })
    expect(parsed.Transactions).toEqual([{ Id: "5", Date: "2026-01-02", Debit: "15", Credit: null, Balance: "3" }])
    // The parsed line itself, not a copy: a hundred thousand copies would double an import's memory.
    expect(parsed.Transactions![0]).toBe(transactions[0])

    const broken = accountSchema.safeParse({
      Id: "a",
      Transactions: [
        { Id: "x", Date: "2026-01-02" },
        { Id: "y", Date: "2026/01/02" },
      ],
    })
    expect(broken.success).toBe(false)
    expect(broken.error?.issues.map((issue) => issue.path)).toEqual([["Transactions", 1, "Date"]])

    const notALine = accountSchema.safeParse({ Id: "a", Transactions: [{ Id: "x", Date: "2026-01-02" }, "oops"] })
    expect(notALine.error?.issues.map((issue) => issue.path)).toEqual([["Transactions", 1]])
  })

  // A streamed line is checked by a hand-written test before zod: it must refuse all that zod does.
  it.each([
    [{ Date: "2026-01-02" }, ["Id"]],
    [{ Id: null, Date: "2026-01-02" }, ["Id"]],
    [{ Id: "x" }, ["Date"]],
    [{ Id: "x", Date: "2026-1-2" }, ["Date"]],
    [{ Id: "x", Date: 20260102 }, ["Date"]],
    [{ Id: "x", Date: "2026-01-02", Code: 7 }, ["Code"]],
    [{ Id: "x", Date: "2026-01-02", Description: ["a"] }, ["Description"]],
    [{ Id: "x", Date: "2026-01-02", Debit: 1.5 }, ["Debit"]],
    [{ Id: "x", Date: "2026-01-02", Credit: "1,50" }, ["Credit"]],
    [{ Id: "x", Date: "2026-01-02", Balance: "" }, ["Balance"]],
    [{ Id: "x", Date: "2026-01-02", Balance: true }, ["Balance"]],
  ])("refuses the streamed line %j, naming %j", (line, path) => {
    const checked = checkStreamedTransaction(line)
    expect("issues" in checked && checked.issues.map((issue) => issue.path)).toEqual([path])
  })

  it("accepts a streamed line zod accepts, an Id sent as a number included", () => {
    expect(checkStreamedTransaction({ Id: 12, Date: "2026-01-02", Debit: "1.5e1", Extra: { a: 1 } })).toEqual({
      line: { Id: "12", Date: "2026-01-02", Debit: "15", Extra: { a: 1 } },
    })
  })
})

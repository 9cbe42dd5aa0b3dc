import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAccount, createConnection } from "../../src/modules/banking/__tests__/fixtures"
import { linkBankFeedWorkflow } from "../../src/workflows"
// The write steps by their path: a step that moves changes these lines only.
import { createLedgerAccountStep } from "../../src/workflows/ledger-accounts/steps/create-ledger-account"
import { createLedgerAccountsStep } from "../../src/workflows/ledger-accounts/steps/create-ledger-accounts"
import { updateLedgerAccountStep } from "../../src/workflows/ledger-accounts/steps/update-ledger-account"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { testDatabaseName } from "../test-database-name"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(120_000)

const BASE = "/admin/banking/ledger-accounts"
const TYPES = "type must be one of asset, liability, equity, revenue, expense"

/**
 * A write step on its own, without the check before it: what happens when another request takes
 * the code between the check and the write, made certain instead of left to a race.
 */
const alone = (step: (input: any) => any, name: string) =>
  createWorkflow(`banking-test-${name}-alone`, (input: any) => new WorkflowResponse(step(input)))
const createAlone = alone(createLedgerAccountStep, "create-ledger-account")
const updateAlone = alone(updateLedgerAccountStep, "update-ledger-account")
const importAlone = alone(createLedgerAccountsStep, "create-ledger-accounts")

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-ledger"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    const banking = bankingModuleOf(getContainer)
    const post = (url: string, body: unknown = {}) => api.post(url, body, { headers }).then((r: any) => r.data)
    const list = (query = "") => api.get(`${BASE}${query}`, { headers }).then((r: any) => r.data)
    const codesListed = async (query = "") => (await list(query)).ledger_accounts.map((a: any) => a.code)
    const create = (body: Record<string, unknown>) =>
      post(BASE, { type: "asset", currency_code: "CAD", ...body }).then((data: any) => data.ledger_account)

    /** A connected bank account whose linked feed posts to the given ledger account. */
    async function linkFeedTo(ledgerAccountId: string, currency = "CAD") {
      const connection = await createConnection(banking())
      const bankAccount = await createAccount(banking(), connection.id, {
        title: "Chequing CAD",
        account_number_masked: "*****6789",
        currency_code: currency,
      })
      const { result } = await linkBankFeedWorkflow(getContainer()).run({
        input: {
          bank_account_id: bankAccount.id,
          ledger_account_id: ledgerAccountId,
          start_date: daysAgo(5),
          actor_id: null,
        },
      })
      return { feed: result.feed, bankAccount }
    }

    beforeEach(async () => {
      headers = (await loginAsAdmin(getContainer(), api)).headers
    })

    describe("adding accounts", () => {
      it("adds an account, keeps the currency in capitals and lists the chart by code", async () => {
        await create({ code: "2010", name: "Credit Card", type: "liability" })
        const added = await create({
          code: "1010",
          name: "Bank - Chequing CAD",
          type: "Asset",
          currency_code: "cad",
          description: "Main account",
        })
        expect(added).toEqual({
          id: expect.stringMatching(/^ledger_/),
          code: "1010",
          name: "Bank - Chequing CAD",
          type: "asset",
          currency_code: "CAD",
          description: "Main account",
          archived_at: null,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
        const chart = await list()
        expect(chart).toMatchObject({ count: 2, offset: 0, limit: 50 })
        expect(chart.ledger_accounts.map((a: any) => a.code)).toEqual(["1010", "2010"])
      })

      it("refuses a second account with the same code, and keeps the first as it was", async () => {
        await create({ code: "1010", name: "Bank - Chequing CAD" })
        const refused = await fail(create({ code: "1010", name: "Another bank", currency_code: "USD" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("A ledger account with code 1010 already exists.")
        const chart = await list()
        expect(chart.count).toBe(1)
        expect(chart.ledger_accounts[0]).toMatchObject({ name: "Bank - Chequing CAD", currency_code: "CAD" })
      })

      it("when two requests add the same code at once, one account is added and the other request is told why", async () => {
        const attempts = await Promise.all(
          ["First", "Second", "Third"].map((name) =>
            create({ code: "1010", name }).then(
              () => null,
              (err: any) => err.response
            )
          )
        )
        const refusals = attempts.filter(Boolean)
        expect(refusals).toHaveLength(2)
        for (const refusal of refusals) {
          expect(refusal.status).toBe(400)
          expect(refusal.data.message).toBe("A ledger account with code 1010 already exists.")
        }
        expect((await list()).count).toBe(1)
      })

      it.each([
        [{ code: "10 10", name: "Space" }, "code must be 1 to 20 letters, digits, dots or dashes"],
        [{ code: "123456789012345678901", name: "Too long" }, "code must be 1 to 20 letters, digits, dots or dashes"],
        [{ code: "1010", name: "   " }, "name is missing"],
        [{ code: "1010", name: "Bank", type: "bank" }, TYPES],
        [
          { code: "1010", name: "Bank", currency_code: "Canadian dollars" },
          "currency must be a 3-letter code such as CAD",
        ],
        [{ code: "1010", name: "Bank", colour: "blue" }, "Unrecognized fields: 'colour'"],
      ])("refuses %j with a sentence that says why, and adds nothing", async (body, message) => {
        const refused = await fail(create(body))
        expect(refused.status).toBe(400)
        // Medusa puts "Invalid request: " before what its validation middleware refuses.
        expect(refused.data.message).toBe(`Invalid request: ${message}`)
        expect((await list("?include_archived=true")).count).toBe(0)
      })

      describe("when another request took the code after it was checked", () => {
        const refusal = async (run: Promise<{ errors: { error?: { message?: string } }[] }>) =>
          (await run).errors.map((error) => error.error?.message)

        it("adding or editing an account still names the taken code, and changes nothing", async () => {
          await create({ code: "1010", name: "Bank - Chequing CAD" })
          const card = await create({ code: "2010", name: "Credit Card", type: "liability" })
          const added = createAlone(getContainer()).run({
            input: { code: "1010", name: "Another bank", type: "asset", currency_code: "USD" },
            throwOnError: false,
          })
          expect(await refusal(added)).toEqual(["A ledger account with code 1010 already exists."])
          const edited = updateAlone(getContainer()).run({
            input: { id: card.id, changes: { code: "1010", name: "Renamed" } },
            throwOnError: false,
          })
          expect(await refusal(edited)).toEqual(["A ledger account with code 1010 already exists."])
          const chart = await list()
          expect(chart.ledger_accounts.map((a: any) => [a.code, a.name])).toEqual([
            ["1010", "Bank - Chequing CAD"],
            ["2010", "Credit Card"],
          ])
        })

        it("an import asks to import the file again, and adds none of it", async () => {
          await create({ code: "1010", name: "Bank - Chequing CAD" })
          const account = { type: "asset", currency_code: "CAD", description: null }
          const imported = importAlone(getContainer()).run({
            input: [
              { ...account, code: "1020", name: "Bank - Savings" },
              { ...account, code: "1010", name: "Bank - Chequing again" },
            ],
            throwOnError: false,
          })
          expect(await refusal(imported)).toEqual([
            "Another change to the chart of accounts took one of this file's codes while it was being imported; nothing was imported. Import the file again.",
          ])
          expect(await codesListed()).toEqual(["1010"])
        })
      })

      it("refuses an account without a code or a name", async () => {
        const refused = await fail(post(BASE, { type: "asset", currency_code: "CAD" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/code/)
        expect((await list()).count).toBe(0)
      })
    })

    describe("editing an account", () => {
      it("changes name, type, description and code, and the list shows the change", async () => {
        const account = await create({ code: "1010", name: "Bank" })
        const { ledger_account: edited } = await post(`${BASE}/${account.id}`, {
          code: "1011",
          name: "Bank - Main Chequing",
          type: "liability",
          description: "Overdrawn most months",
        })
        expect(edited).toMatchObject({
          id: account.id,
          code: "1011",
          name: "Bank - Main Chequing",
          type: "liability",
          description: "Overdrawn most months",
        })
        expect(await codesListed()).toEqual(["1011"])
      })

      it("refuses a code another account has, and changes nothing", async () => {
        await create({ code: "1010", name: "Chequing" })
        const savings = await create({ code: "1040", name: "Savings" })
        const refused = await fail(post(`${BASE}/${savings.id}`, { code: "1010", name: "Renamed" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("A ledger account with code 1010 already exists.")
        const [stored] = await banking().listLedgerAccounts({ id: savings.id })
        expect(stored).toMatchObject({ code: "1040", name: "Savings" })
      })

      it("keeps an account's own code when it is sent again, and changes nothing when nothing is sent", async () => {
        const account = await create({ code: "1010", name: "Chequing" })
        const { ledger_account } = await post(`${BASE}/${account.id}`, { code: "1010", name: "Chequing CAD" })
        expect(ledger_account).toMatchObject({ code: "1010", name: "Chequing CAD" })
        const { ledger_account: untouched } = await post(`${BASE}/${account.id}`, {})
        expect(untouched).toMatchObject({ code: "1010", name: "Chequing CAD", currency_code: "CAD" })
      })

      it("refuses to change the currency while a linked bank feed posts to the account, and allows it once unlinked", async () => {
        const account = await create({ code: "1010", name: "Bank - Chequing CAD" })
        const { feed } = await linkFeedTo(account.id)

        const refused = await fail(post(`${BASE}/${account.id}`, { currency_code: "USD" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "The currency of ledger account 1010 Bank - Chequing CAD cannot change while a linked bank feed posts to it in that currency. Unlink the bank feed of Chequing CAD (*****6789) first."
        )
        expect((await banking().listLedgerAccounts({ id: account.id }))[0].currency_code).toBe("CAD")

        // Other edits, and the same currency sent again, are fine while the feed is linked.
        const { ledger_account: renamed } = await post(`${BASE}/${account.id}`, {
          name: "Chequing",
          currency_code: "cad",
        })
        expect(renamed).toMatchObject({ name: "Chequing", currency_code: "CAD" })

        await post(`/admin/banking/feeds/${feed.id}/unlink`)
        const { ledger_account: changed } = await post(`${BASE}/${account.id}`, { currency_code: "USD" })
        expect(changed.currency_code).toBe("USD")
      })

      it("answers 404 for an account that does not exist", async () => {
        const missing = await fail(post(`${BASE}/ledger_missing`, { name: "Ghost" }))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("This ledger account does not exist.")
      })
    })

    describe("archiving", () => {
      it("hides an archived account from the chart and from new feeds; unarchiving brings it back", async () => {
        const account = await create({ code: "1010", name: "Old Bank" })
        await create({ code: "1020", name: "New Bank" })

        const { ledger_account: archived } = await post(`${BASE}/${account.id}/archive`)
        expect(archived.archived_at).not.toBeNull()
        expect(await codesListed()).toEqual(["1020"])
        const withArchived = await list("?include_archived=true")
        expect(withArchived.ledger_accounts.map((a: any) => [a.code, a.archived_at !== null])).toEqual([
          ["1010", true],
          ["1020", false],
        ])

        const connection = await createConnection(banking())
        const bankAccount = await createAccount(banking(), connection.id)
        const pickArchived = linkBankFeedWorkflow(getContainer()).run({
          input: {
            bank_account_id: bankAccount.id,
            ledger_account_id: account.id,
            start_date: daysAgo(5),
            actor_id: null,
          },
        })
        await expect(pickArchived).rejects.toMatchObject({
          message: "Ledger account 1010 Old Bank is archived; pick an active one.",
        })

        const { ledger_account: back } = await post(`${BASE}/${account.id}/unarchive`)
        expect(back.archived_at).toBeNull()
        expect(await codesListed()).toEqual(["1010", "1020"])
      })

      it("keeps the code of an archived account taken, and says so", async () => {
        const account = await create({ code: "1010", name: "Old Bank" })
        await post(`${BASE}/${account.id}/archive`)
        const refused = await fail(create({ code: "1010", name: "New Bank" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "A ledger account with code 1010 already exists. It is archived: unarchive it to use it again."
        )
      })

      it("refuses to archive an account a linked bank feed posts to, naming the feed to unlink", async () => {
        const account = await create({ code: "1010", name: "Bank - Chequing CAD" })
        const { feed } = await linkFeedTo(account.id)

        const refused = await fail(post(`${BASE}/${account.id}/archive`))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Ledger account 1010 Bank - Chequing CAD receives a linked bank feed and cannot be archived. Unlink the bank feed of Chequing CAD (*****6789) first."
        )
        expect(await codesListed()).toEqual(["1010"])

        await post(`/admin/banking/feeds/${feed.id}/unlink`)
        await post(`${BASE}/${account.id}/archive`)
        expect(await codesListed()).toEqual([])
      })
    })

    describe("finding accounts", () => {
      beforeEach(async () => {
        await create({ code: "1010", name: "Bank - Chequing CAD" })
        await create({ code: "1020", name: "Bank - Chequing USD", currency_code: "USD" })
        await create({ code: "4000", name: "Sales", type: "revenue" })
        await create({ code: "6100", name: "Bank Fees (100%)", type: "expense" })
      })

      it("searches codes and names, whatever the case", async () => {
        expect(await codesListed("?q=chequing")).toEqual(["1010", "1020"])
        expect(await codesListed("?q=400")).toEqual(["4000"])
        expect(await codesListed("?q=100%25")).toEqual(["6100"])
      })

      it("filters by currency and pages through the chart", async () => {
        expect(await codesListed("?currency_code=usd")).toEqual(["1020"])
        const page = await list("?limit=2&offset=2")
        expect(page).toMatchObject({ count: 4, offset: 2, limit: 2 })
        expect(page.ledger_accounts.map((a: any) => a.code)).toEqual(["4000", "6100"])
      })

      it("refuses a query it does not understand", async () => {
        const refused = await fail(list("?include_archived=maybe"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/include_archived/)
      })
    })

    describe("the target of a bank feed", () => {
      it("offers only active asset and liability accounts in the bank account's currency", async () => {
        await create({ code: "1010", name: "Bank - Chequing CAD" })
        await create({ code: "2010", name: "Credit Card", type: "liability" })
        await create({ code: "3000", name: "Owner's equity", type: "equity" })
        await create({ code: "4000", name: "Sales", type: "revenue" })
        await create({ code: "6100", name: "Bank Fees", type: "expense" })
        await create({ code: "1020", name: "Bank - Chequing USD", currency_code: "USD" })
        const archived = await create({ code: "1030", name: "Old Bank" })
        await post(`${BASE}/${archived.id}/archive`)

        expect(await codesListed("?currency_code=CAD&feed_target=true")).toEqual(["1010", "2010"])
        // The chart itself still lists every type.
        expect(await codesListed("?currency_code=CAD")).toEqual(["1010", "2010", "3000", "4000", "6100"])
        expect(await codesListed("?currency_code=CAD&feed_target=false")).toEqual([
          "1010",
          "2010",
          "3000",
          "4000",
          "6100",
        ])
      })

      it("refuses to link a feed to a revenue or expense account, naming the account and why, and links nothing", async () => {
        const connection = await createConnection(banking())
        const bankAccount = await createAccount(banking(), connection.id, {
          title: "Chequing CAD",
          currency_code: "CAD",
        })
        const sales = await create({ code: "4000", name: "Sales", type: "revenue" })
        const fees = await create({ code: "6100", name: "Bank Fees", type: "expense" })
        const link = (ledgerAccountId: string) =>
          fail(
            api.post(
              "/admin/banking/feeds",
              { bank_account_id: bankAccount.id, ledger_account_id: ledgerAccountId, start_date: daysAgo(5) },
              { headers }
            )
          )

        const toSales = await link(sales.id)
        expect(toSales.status).toBe(400)
        expect(toSales.data).toMatchObject({
          type: "not_allowed",
          message:
            "Ledger account 4000 Sales is a revenue account, and a bank feed posts only to an asset or liability account: the one that stands for Chequing CAD in your books. Pick one of those.",
        })
        const toFees = await link(fees.id)
        expect(toFees.status).toBe(400)
        expect(toFees.data.message).toMatch(/^Ledger account 6100 Bank Fees is an expense account, /)
        expect(await banking().listBankFeeds({}, { withDeleted: true })).toHaveLength(0)
      })

      it("links a credit card to a liability account as well as a chequing account to an asset one", async () => {
        const connection = await createConnection(banking())
        const card = await createAccount(banking(), connection.id, {
          title: "Credit card",
          type: "CreditCard",
          currency_code: "CAD",
        })
        const chequing = await createAccount(banking(), connection.id, { title: "Chequing CAD", currency_code: "CAD" })
        const liability = await create({ code: "2010", name: "Credit Card", type: "liability" })
        const asset = await create({ code: "1010", name: "Bank - Chequing CAD" })
        for (const [bankAccount, ledger] of [
          [card, liability],
          [chequing, asset],
        ]) {
          await linkBankFeedWorkflow(getContainer()).run({
            input: {
              bank_account_id: bankAccount.id,
              ledger_account_id: ledger.id,
              start_date: daysAgo(5),
              actor_id: null,
            },
          })
        }
        const feeds = await banking().listBankFeeds({ status: "linked" })
        expect(feeds.map((feed) => [feed.bank_account_id, feed.ledger_account_id]).sort()).toEqual(
          [
            [card.id, liability.id],
            [chequing.id, asset.id],
          ].sort()
        )
      })
    })

    describe("importing a CSV file", () => {
      const importCsv = (csv: string) => post(`${BASE}/import`, { csv })

      it("creates the good rows, refuses the bad ones and says why for each", async () => {
        await create({ code: "6100", name: "Bank Fees", type: "expense" })
        const csv = [
          // What Excel writes: a byte order mark, CRLF, headers in its own case and order.
          "\uFEFFName,Code,Type,Currency",
          '"Bank - Chequing, CAD",1010,asset,cad',
          "Savings,1020,bank,CAD",
          "Credit Card,2010,Liability,CAD",
          "Chequing again,1010,asset,CAD",
          "Sales,4000,revenue,Canadian dollars",
          "Fees,6100,expense,CAD",
          ",,,",
          "Payroll,10/40,expense,CAD",
          "",
        ].join("\r\n")

        const report = await importCsv(csv)
        expect(report).toEqual({
          created: 2,
          refused: 5,
          rows: [
            { line: 2, code: "1010", status: "created" },
            { line: 3, code: "1020", status: "refused", reason: TYPES },
            { line: 4, code: "2010", status: "created" },
            { line: 5, code: "1010", status: "refused", reason: "code 1010 appears twice in this file (line 2)" },
            { line: 6, code: "4000", status: "refused", reason: "currency must be a 3-letter code such as CAD" },
            { line: 7, code: "6100", status: "refused", reason: "code 6100 is already used" },
            {
              line: 9,
              code: "10/40",
              status: "refused",
              reason: "code must be 1 to 20 letters, digits, dots or dashes",
            },
          ],
        })

        const chart = (await list()).ledger_accounts
        expect(chart.map((a: any) => [a.code, a.name, a.type, a.currency_code])).toEqual([
          ["1010", "Bank - Chequing, CAD", "asset", "CAD"],
          ["2010", "Credit Card", "liability", "CAD"],
          // An existing account is never overwritten by an import.
          ["6100", "Bank Fees", "expense", "CAD"],
        ])
      })

      it("importing the same file twice adds nothing the second time", async () => {
        const csv = "code,name,type,currency\n1010,Chequing,asset,CAD\n1020,Savings,asset,CAD\n"
        expect((await importCsv(csv)).created).toBe(2)
        const again = await importCsv(csv)
        expect(again).toEqual({
          created: 0,
          refused: 2,
          rows: [
            { line: 2, code: "1010", status: "refused", reason: "code 1010 is already used" },
            { line: 3, code: "1020", status: "refused", reason: "code 1020 is already used" },
          ],
        })
        expect((await list()).count).toBe(2)
      })

      it("refuses a file without a header row, naming the missing columns, and creates nothing", async () => {
        const refused = await fail(importCsv("1010,Chequing,asset,CAD\n2010,Credit Card,liability,CAD\n"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "The header row is missing the columns code, name, type, currency: the first line must name the columns code, name, type, currency (in any order). Nothing was imported."
        )
        const partial = await fail(importCsv("code,name\n1010,Chequing\n"))
        expect(partial.status).toBe(400)
        expect(partial.data.message).toMatch(/^The header row is missing the columns type, currency:/)
        expect((await list("?include_archived=true")).count).toBe(0)
      })

      it("refuses a file that leaves a quote open, and creates nothing", async () => {
        const refused = await fail(importCsv('code,name,type,currency\n1010,"Chequing,asset,CAD\n'))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe('Line 2 opens a quote (") that is never closed. Nothing was imported.')
        expect((await list()).count).toBe(0)
      })

      it("refuses a file larger than 1 MB", async () => {
        const header = "code,name,type,currency\n"
        const refused = await fail(importCsv(header + "x".repeat(1024 * 1024)))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Invalid request: The file is larger than 1 MB: split it into smaller files and import them one by one."
        )
      })

      it("reads a file of a thousand accounts, and knows all of them the second time", async () => {
        const rows = Array.from({ length: 1000 }, (_, i) => `${10000 + i},"Account ${i}, detail",expense,CAD`)
        const report = await importCsv(["code,name,type,currency", ...rows].join("\n"))
        expect(report).toMatchObject({ created: 1000, refused: 0 })
        expect((await list("?limit=1")).count).toBe(1000)
        const again = await importCsv(["code,name,type,currency", ...rows].join("\n"))
        expect(again).toMatchObject({ created: 0, refused: 1000 })
        expect(again.rows[999]).toEqual({
          line: 1001,
          code: "10999",
          status: "refused",
          reason: "code 10999 is already used",
        })
      })
    })
  },
})

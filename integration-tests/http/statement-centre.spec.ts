import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { XMLParser } from "fast-xml-parser"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { testDatabaseName } from "../test-database-name"
import { linkChequingAndImport, settleFeedAnswer } from "./helpers/sync-runs"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

/** Exact cents of a decimal string, without a float: "-1050.7" → -105070n. */
function cents(text: string | null): bigint {
  if (text === null) return 0n
  const [whole, fraction = ""] = text.replace("-", "").split(".")
  const value = BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2))
  return text.startsWith("-") ? -value : value
}

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-statements"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    let feed: any
    let sync: any
    const banking = bankingModuleOf(getContainer)
    const get = async (path: string) =>
      (
        await api
          .get(path, { headers })
          .catch((error: any) =>
            Promise.reject(new Error(`${path}: ${error.response?.status} ${JSON.stringify(error.response?.data)}`))
          )
      ).data
    const statementsOf = async () => (await get(`/admin/banking/feeds/${feed.id}/statements`)).statements
    const page = (query: string) => get(`/admin/banking/feeds/${feed.id}/transactions?${query}`)
    /** Every live line of the feed, newest first, read straight from the database. */
    async function allLines() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `select id, date, description, debit::text as debit, credit::text as credit, status
           from bank_transaction where bank_account_id = ? and deleted_at is null
          order by date desc, import_order desc`,
        [feed.bank_account.id]
      )
      return rows
    }
    const refresh = async () =>
      (
        await settleFeedAnswer(
          api,
          headers,
          (
            await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
          ).data
        )
      ).sync
    const chequingId = () => connection.accounts.find((a: any) => a.title === "Chequing CAD")

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
      ;({ feed, sync } = await linkChequingAndImport(api, headers, banking(), connection, daysAgo(90)))
      expect(sync.inserted).toBeGreaterThan(20)
    })

    it("finds a feed by bank, account or ledger account", async () => {
      expect((await get("/admin/banking/feeds?status=all&q=capital%20chequing")).feeds.map((f: any) => f.id)).toEqual([
        feed.id,
      ])
      expect((await get("/admin/banking/feeds?status=all&q=1010")).feeds).toHaveLength(1)
      expect((await get("/admin/banking/feeds?status=all&q=savings")).feeds).toHaveLength(0)
      expect((await get("/admin/banking/feeds?status=unlinked&q=chequing")).feeds).toHaveLength(0)
    })

    it("heads each statement with totals that equal the sum of its lines", async () => {
      await flinks.control(
        `logins/${loginId}/accounts/${(await banking().listBankAccounts({ id: chequingId().id }))[0].provider_account_id}/transactions`,
        { count: 4 }
      )
      await flinks.control(`logins/${loginId}/refresh`, {})
      expect((await refresh()).inserted).toBe(4)

      const statements = await statementsOf()
      expect(statements).toHaveLength(2)
      for (const statement of statements) {
        const { transactions, count } = await page(`statement_id=${statement.id}&limit=200`)
        expect(count).toBe(statement.transaction_count)
        expect(cents(statement.total_debits)).toBe(
          transactions.reduce((sum: bigint, t: any) => sum + cents(t.debit), 0n)
        )
        expect(cents(statement.total_credits)).toBe(
          transactions.reduce((sum: bigint, t: any) => sum + cents(t.credit), 0n)
        )
        expect(statement).toMatchObject({ reconciled_count: 0, status: "unreconciled" })
        // The closing balance follows from the opening one and the lines.
        expect(cents(statement.closing_balance)).toBe(
          cents(statement.opening_balance) + cents(statement.total_credits) - cents(statement.total_debits)
        )
      }
      expect(statements[0].transaction_count).toBe(4)
    })

    it("filters, sorts and pages the lines exactly", async () => {
      const lines = await allLines()
      const from = lines[Math.floor(lines.length * 0.7)].date
      const to = lines[Math.floor(lines.length * 0.2)].date
      const amount = (line: any) => cents(line.debit ?? line.credit)
      const expected = lines.filter(
        (line: any) => line.date >= from && line.date <= to && amount(line) >= 1000n && amount(line) <= 50000n
      )
      expect(expected.length).toBeGreaterThan(3)

      const filtered = await page(`date_from=${from}&date_to=${to}&amount_min=10&amount_max=500.00&limit=200`)
      expect(filtered.count).toBe(expected.length)
      expect(filtered.transactions.map((t: any) => t.id)).toEqual(expected.map((line: any) => line.id))

      // Pages of 7 add up to the whole list, in order, without a line twice.
      const pages = []
      for (let offset = 0; offset < lines.length; offset += 7) {
        const { transactions, count } = await page(`limit=7&offset=${offset}`)
        expect(count).toBe(lines.length)
        pages.push(...transactions.map((t: any) => t.id))
      }
      expect(pages).toEqual(lines.map((line: any) => line.id))

      const word = lines[0].description.split(" ")[0]
      const byText = await page(`q=${encodeURIComponent(word.toLowerCase())}&limit=200`)
      expect(byText.count).toBe(
        lines.filter((line: any) => line.description.toLowerCase().includes(word.toLowerCase())).length
      )

      const ascending = await page("sort=amount&limit=200")
      const amounts = ascending.transactions.map((t: any) => amount(t))
      expect(amounts).toEqual([...amounts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    })

    it("pages by cursor in every order, forwards, backwards and from the last page, as one whole list", async () => {
      const lines = await allLines()
      const amount = (line: any) => cents(line.debit ?? line.credit)
      for (const sort of ["-date", "date", "amount", "-amount", "description", "-description"]) {
        const whole = (await page(`sort=${sort}&limit=200`)).transactions.map((t: any) => t.id)
        expect(whole).toHaveLength(lines.length)
        // Forwards from the first page, by next_cursor, until there is none.
        const forwards: string[] = []
        let current = await page(`sort=${sort}&limit=7`)
        expect(current.prev_cursor).toBeNull()
        for (;;) {
          expect(current.count).toBe(lines.length)
          forwards.push(...current.transactions.map((t: any) => t.id))
          if (!current.next_cursor) break
          current = await page(`sort=${sort}&limit=7&after=${current.next_cursor}`)
        }
        expect(forwards).toEqual(whole)
        // Backwards from the last page, by prev_cursor.
        const backwards: string[][] = []
        current = await page(`sort=${sort}&limit=7&last=true`)
        expect(current.next_cursor).toBeNull()
        for (;;) {
          backwards.unshift(current.transactions.map((t: any) => t.id))
          if (!current.prev_cursor) break
          current = await page(`sort=${sort}&limit=7&before=${current.prev_cursor}`)
          expect(current.next_cursor).not.toBeNull()
        }
        expect(backwards.flat()).toEqual(whole)
      }
      // The order itself, ties included, is the order's key then import order.
      const byAmount = (await page("sort=-amount&limit=200")).transactions.map((t: any) => amount(t))
      expect(byAmount).toEqual([...byAmount].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)))

      // A filtered list pages the same way, and its last page ends the filtered order.
      const from = lines[Math.floor(lines.length * 0.6)].date
      const filtered = (await page(`date_from=${from}&sort=amount&limit=200`)).transactions.map((t: any) => t.id)
      const tail = await page(`date_from=${from}&sort=amount&limit=3&last=true`)
      expect(tail.transactions.map((t: any) => t.id)).toEqual(filtered.slice(-3))
      expect(tail.count).toBe(filtered.length)
    })

    it("refuses a cursor it did not give, or one given for another order", async () => {
      const first = await page("sort=date&limit=2")
      for (const [query, reason] of [
        ["after=not-a-cursor!", /after must be a cursor/],
        [`before=${Buffer.from("[1,2]").toString("base64url")}`, /before must be a cursor/],
        [`after=${Buffer.from('["amount","12; drop","1","x"]').toString("base64url")}`, /after must be a cursor/],
        [`after=${Buffer.from('["amount","1e400",1,"x"]').toString("base64url")}`, /after must be a cursor/],
        [`after=${Buffer.from('["date","2026-02-30",1,"x"]').toString("base64url")}`, /after must be a cursor/],
        [`sort=-date&after=${first.next_cursor}`, /another sort/],
        [`sort=date&after=${first.next_cursor}&offset=5`, /at most one/],
        [`sort=date&after=${first.next_cursor}&last=true`, /at most one/],
        ["last=yes", /last/],
      ] as const) {
        const refused = await fail(api.get(`/admin/banking/feeds/${feed.id}/transactions?${query}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(reason)
      }
    })

    it("refuses filters it cannot read, with the reason", async () => {
      for (const [query, reason] of [
        ["date_from=yesterday", /date_from/],
        ["date_to=2026-02-30", /date_to must be a real date/],
        ["amount_min=-5", /amount_min/],
        ["amount_min=50&amount_max=10", /amount_min must not be more/],
        ["date_from=2026-02-01&date_to=2026-01-01", /date_from must not be after/],
        ["status=paid", /status/],
        ["limit=5000", /limit/],
        ["sort=balance", /sort/],
      ] as const) {
        const refused = await fail(api.get(`/admin/banking/feeds/${feed.id}/transactions?${query}`, { headers }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(reason)
      }
      expect((await fail(api.get("/admin/banking/feeds/bfeed_missing/transactions", { headers }))).status).toBe(404)
    })

    it("reconciles a selection, records who and when, and undoes it", async () => {
      const [first, second] = (await page("limit=2")).transactions
      const { data } = await api.post(
        "/admin/banking/transactions/status",
        { ids: [first.id, second.id], status: "reconciled" },
        { headers }
      )
      expect(data).toEqual({ status: "reconciled", updated: 2, unchanged: 0 })

      const reconciled = await page("status=reconciled")
      expect(reconciled.transactions.map((t: any) => t.id).sort()).toEqual([first.id, second.id].sort())
      expect(reconciled.transactions[0]).toMatchObject({
        reconciled_by: expect.stringMatching(/^user_/),
        reconciled_at: expect.any(String),
      })
      const [statement] = await statementsOf()
      expect(statement).toMatchObject({ reconciled_count: 2, status: "in_progress" })

      await api.post("/admin/banking/transactions/status", { ids: [first.id], status: "unreconciled" }, { headers })
      const undone = (await page("status=unreconciled&limit=200")).transactions.find((t: any) => t.id === first.id)
      expect(undone).toMatchObject({ status: "unreconciled", reconciled_by: null, reconciled_at: null })
      expect((await statementsOf())[0].reconciled_count).toBe(1)

      const missing = await fail(
        api.post("/admin/banking/transactions/status", { ids: ["btxn_missing"], status: "excluded" }, { headers })
      )
      expect(missing.status).toBe(404)
    })

    it("a statement whose lines are all reconciled or excluded is reconciled", async () => {
      const { transactions } = await page("limit=200")
      const [excluded, ...rest] = transactions.map((t: any) => t.id)
      await api.post("/admin/banking/transactions/status", { ids: [excluded], status: "excluded" }, { headers })
      await api.post("/admin/banking/transactions/status", { ids: rest, status: "reconciled" }, { headers })
      expect((await statementsOf())[0]).toMatchObject({ status: "reconciled", excluded_count: 1 })
    })

    it("downloads a CSV a spreadsheet cannot run", async () => {
      const [a, b, c, d] = (await page("limit=4")).transactions
      await banking().updateBankTransactions([
        { id: a.id, description: '=HYPERLINK("http://evil","x")' },
        { id: b.id, description: "+cmd|' /C calc'!A0" },
        { id: c.id, description: "@SUM(1+1)" },
        { id: d.id, description: '-2+3, "quoted"' },
      ])
      const [statement] = await statementsOf()
      const response = await api.get(`/admin/banking/statements/${statement.id}/export?format=csv`, { headers })
      expect(response.headers["content-type"]).toMatch(/text\/csv/)
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename="Flinks-Capital_Chequing-CAD_${statement.period_start}_to_${statement.period_end}.csv"`
      )
      const rows = (response.data as string)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
      expect(rows[0]).toBe("Date,Description,Debit,Credit,Running balance,Currency,Status,Bank reference")
      expect(rows).toHaveLength(statement.transaction_count + 1)
      expect(rows).toContainEqual(expect.stringContaining(`,"'=HYPERLINK(""http://evil"",""x"")",`))
      expect(rows).toContainEqual(expect.stringContaining(`,'+cmd|' /C calc'!A0,`))
      expect(rows).toContainEqual(expect.stringContaining(`,'@SUM(1+1),`))
      expect(rows).toContainEqual(expect.stringContaining(`,"'-2+3, ""quoted""",`))
      // Every cell that would start a formula was neutralised; amounts stay numbers.
      const cells = rows.slice(1).flatMap((row) => row.split(","))
      expect(cells.filter((cell) => /^[=+@]/.test(cell))).toEqual([])

      const filtered = await api.get(`/admin/banking/feeds/${feed.id}/transactions/export?format=csv&q=hyperlink`, {
        headers,
      })
      expect((filtered.data as string).trim().split("\r\n")).toHaveLength(2)
    })

    it("downloads OFX that parses, with totals matching the statement", async () => {
      const [statement] = await statementsOf()
      const response = await api.get(`/admin/banking/statements/${statement.id}/export?format=ofx`, { headers })
      expect(response.headers["content-disposition"]).toContain(
        `_${statement.period_start}_to_${statement.period_end}.ofx"`
      )
      const ofx = new XMLParser({ parseTagValue: false, isArray: (name) => name === "STMTTRN" }).parse(
        response.data
      ).OFX
      const stmt = ofx.BANKMSGSRSV1.STMTTRNRS.STMTRS
      expect(stmt.CURDEF).toBe("CAD")
      expect(stmt.BANKACCTFROM.ACCTTYPE).toBe("CHECKING")
      const entries = stmt.BANKTRANLIST.STMTTRN
      expect(entries).toHaveLength(statement.transaction_count)
      const total = entries.reduce((sum: bigint, entry: any) => sum + cents(entry.TRNAMT), 0n)
      expect(total).toBe(cents(statement.total_credits) - cents(statement.total_debits))
      expect(new Set(entries.map((entry: any) => entry.FITID)).size).toBe(entries.length)
      expect(stmt.BANKTRANLIST.DTSTART).toBe(statement.period_start.replace(/-/g, ""))
      expect(cents(stmt.LEDGERBAL.BALAMT)).toBe(cents(statement.closing_balance))
    })

    it("protects reconciled lines when a statement is deleted, and deleted lines never come back", async () => {
      const [statement] = await statementsOf()
      const [line] = (await page("limit=1")).transactions
      await api.post("/admin/banking/transactions/status", { ids: [line.id], status: "reconciled" }, { headers })

      const refused = await fail(api.delete(`/admin/banking/statements/${statement.id}`, { headers }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/1 of the \d+ lines is reconciled/)
      expect(await statementsOf()).toHaveLength(1)
      expect((await page("")).count).toBe(statement.transaction_count)

      const { data } = await api.delete(`/admin/banking/statements/${statement.id}?confirm_reconciled=true`, {
        headers,
      })
      expect(data).toMatchObject({ deleted: true, deleted_lines: statement.transaction_count })
      expect(await statementsOf()).toHaveLength(0)
      expect((await page("")).count).toBe(0)

      expect((await refresh()).inserted).toBe(0)
      expect((await page("")).count).toBe(0)
    })

    it("deletes selected lines: the header follows, reconciled ones need confirmation, and an import does not bring them back", async () => {
      const [before] = await statementsOf()
      const [a, b, c] = (await page("limit=3")).transactions
      await api.post("/admin/banking/transactions/status", { ids: [c.id], status: "reconciled" }, { headers })
      const refused = await fail(
        api.post("/admin/banking/transactions/delete", { ids: [a.id, b.id, c.id] }, { headers })
      )
      expect(refused.status).toBe(400)
      expect((await page("")).count).toBe(before.transaction_count)

      const { data } = await api.post("/admin/banking/transactions/delete", { ids: [a.id, b.id] }, { headers })
      expect(data).toEqual({ deleted: 2 })
      const [after] = await statementsOf()
      expect(after.transaction_count).toBe(before.transaction_count - 2)
      expect(cents(after.total_debits) + cents(after.total_credits)).toBe(
        cents(before.total_debits) +
          cents(before.total_credits) -
          cents(a.debit ?? a.credit) -
          cents(b.debit ?? b.credit)
      )
      expect((await refresh()).inserted).toBe(0)
      expect((await page("")).count).toBe(before.transaction_count - 2)

      const empty = await fail(api.post("/admin/banking/transactions/delete", { ids: [] }, { headers }))
      expect(empty.status).toBe(400)
    })

    it("one deleted line lowers every count that shows it: Link Bank Feeds, the Statement Centre's feeds and header, the statements, the lines", async () => {
      const everywhere = (lines: number) => ({
        link_bank_feeds: lines,
        statement_centre: lines,
        statements: lines,
        detailed_view: lines,
      })
      const counts = async () => ({
        link_bank_feeds: (await get("/admin/banking/feeds")).feeds.find((f: any) => f.id === feed.id).line_count,
        statement_centre: (await get("/admin/banking/feeds?status=all")).feeds.find((f: any) => f.id === feed.id)
          .line_count,
        statements: (await statementsOf()).reduce(
          (total: number, statement: any) => total + statement.transaction_count,
          0
        ),
        detailed_view: (await page("limit=1")).count,
      })
      const before = (await allLines()).length
      expect(await counts()).toEqual(everywhere(before))

      const [line] = (await page("limit=1")).transactions
      expect((await api.post("/admin/banking/transactions/delete", { ids: [line.id] }, { headers })).data).toEqual({
        deleted: 1,
      })
      expect(await allLines()).toHaveLength(before - 1)
      expect(await counts()).toEqual(everywhere(before - 1))
      // Refresh Transactions answers with the feed as the lists show it; it brings nothing back.
      const { data } = await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
      expect(data.feed.line_count).toBe(before - 1)
      expect((await settleFeedAnswer(api, headers, data)).sync).toMatchObject({ inserted: 0 })
      expect(await counts()).toEqual(everywhere(before - 1))
    })

    it("draws the balance from the running balances, one point per bank day", async () => {
      const { balances, currency_code } = await get(`/admin/banking/feeds/${feed.id}/balances`)
      expect(currency_code).toBe("CAD")
      const dates = balances.map((point: any) => point.date)
      expect(dates).toEqual([...new Set(dates)].sort())
      const [newest] = (await page("limit=1")).transactions
      expect(balances[balances.length - 1]).toEqual({ date: newest.date, balance: newest.running_balance })
    })
  },
})

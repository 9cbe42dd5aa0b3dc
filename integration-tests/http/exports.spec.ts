import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { XMLParser } from "fast-xml-parser"
import { FLINKS_PRIVACY_STATEMENT } from "../../src/modules/banking/privacy-statement"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { linkToNewLedgerAccount, settleFeedAnswer } from "./helpers/sync-runs"
import { testDatabaseName } from "../test-database-name"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

/** What an accountant expects of a CAD or USD amount: two decimals, whatever Flinks sent ("1425", "164.4"). */
function twoDecimals(text: string | null): string {
  if (text === null) return ""
  const [whole, fraction = ""] = text.split(".")
  return `${whole}.${fraction.padEnd(2, "0")}`
}

const negated = (text: string) => (text.startsWith("-") ? text.slice(1) : `-${text}`)

/** A CSV row's cells from the right: amounts, codes and references never hold a comma; descriptions may. */
function csvTail(row: string) {
  const [debit, credit, balance, currency, status, reference] = row.split(",").slice(-6)
  return { debit, credit, balance, currency, status, reference }
}

function csvRows(text: string) {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1)
    .map(csvTail)
}

function parseOfx(text: string) {
  return new XMLParser({ parseTagValue: false, isArray: (name) => name === "STMTTRN" }).parse(text).OFX
}

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-exports"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    const banking = bankingModuleOf(getContainer)
    const download = async (path: string) => (await api.get(path, { headers, responseType: "text" })).data as string
    const statementsOf = async (feedId: string) =>
      (await api.get(`/admin/banking/feeds/${feedId}/statements`, { headers })).data.statements

    /** The feed's live lines in the bank's order (date, then as the import wrote them), money as stored. */
    async function storedLines(bankAccountId: string) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `select provider_transaction_id, date, debit::text as debit, credit::text as credit,
                running_balance::text as running_balance, statement_id
           from bank_transaction where bank_account_id = ? and deleted_at is null
          order by date, import_order`,
        [bankAccountId]
      )
      return rows
    }

    async function linkFeed(bankAccountId: string, ledger: { code: string; currency_code: string }) {
      const { feed, sync } = await linkToNewLedgerAccount(api, headers, banking(), {
        bank_account_id: bankAccountId,
        ledger: { ...ledger, name: `Bank ${ledger.code}` },
        start_date: daysAgo(90),
      })
      expect(sync.inserted).toBeGreaterThan(5)
      return feed
    }

    /** Flinks Capital on Flinks USA, through the plugin's own connect routes. */
    async function connectFlinksCapitalUsa() {
      const consent = { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version }
      const { data: started } = await api.post(
        "/admin/banking/connect-sessions",
        { provider: "flinks-us", consent },
        { headers }
      )
      const login = await flinks.control("logins", { country: "US" })
      const { data } = await api.post(
        "/admin/banking/connect-sessions/complete",
        { state: started.connect_session.state, login_id: login.loginId },
        { headers }
      )
      return data.connection
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
    })

    it("writes the bank's 1425 and 164.4 as 1425.00 and 164.40, in CSV and OFX, in one order for statement and lines", async () => {
      const chequing = connection.accounts.find((a: any) => a.title === "Chequing CAD")
      const feed = await linkFeed(chequing.id, { code: "1010", currency_code: "CAD" })
      // A second import brings four lines of one day: the bank's order within a day is what the sandbox lists.
      const [account] = await banking().listBankAccounts({ id: chequing.id })
      const added = await flinks.control(`logins/${loginId}/accounts/${account.provider_account_id}/transactions`, {
        count: 4,
      })
      await flinks.control(`logins/${loginId}/refresh`, {})
      await settleFeedAnswer(
        api,
        headers,
        (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
      )

      const lines = await storedLines(chequing.id)
      // Flinks sent its shortest forms, and they are stored as sent: the rent of 1425.00 comes as 1425.
      const amounts = lines.flatMap((line: any) => [line.debit, line.credit, line.running_balance]).filter(Boolean)
      expect(amounts).toContain("1425")
      expect(amounts.some((text: string) => /^-?\d+\.\d$/.test(text))).toBe(true)
      const sameDay = added.transactions.map((t: any) => t.Id)
      expect(lines.slice(-4).map((line: any) => line.provider_transaction_id)).toEqual(sameDay)

      // The Detailed View's download, with no filter: every line, oldest first, whatever the screen's sort.
      const csv = csvRows(await download(`/admin/banking/feeds/${feed.id}/transactions/export?format=csv`))
      expect(csv.map((row) => row.reference)).toEqual(lines.map((line: any) => line.provider_transaction_id))
      lines.forEach((line: any, index: number) => {
        expect(csv[index]).toEqual({
          debit: twoDecimals(line.debit),
          credit: twoDecimals(line.credit),
          balance: twoDecimals(line.running_balance),
          currency: "CAD",
          status: "unreconciled",
          reference: line.provider_transaction_id,
        })
      })
      const rent = csv.find((row) => row.debit === "1425.00")
      expect(rent).toBeDefined()
      expect(
        csv.every((row) =>
          [row.debit, row.credit, row.balance].every((cell) => cell === "" || /^-?\d+\.\d\d$/.test(cell))
        )
      ).toBe(true)

      const ofx = parseOfx(await download(`/admin/banking/feeds/${feed.id}/transactions/export?format=ofx`))
        .BANKMSGSRSV1.STMTTRNRS.STMTRS
      const entries = ofx.BANKTRANLIST.STMTTRN
      expect(entries.map((entry: any) => entry.FITID)).toEqual(csv.map((row) => row.reference))
      expect(entries.map((entry: any) => entry.TRNAMT)).toEqual(csv.map((row) => row.credit || negated(row.debit)))
      expect(entries.find((entry: any) => entry.FITID === rent!.reference).TRNAMT).toBe("-1425.00")
      expect(ofx.LEDGERBAL.BALAMT).toBe(twoDecimals(lines[lines.length - 1].running_balance))

      // Each statement's files: the same lines in the same order as the lines' download.
      const statements = await statementsOf(feed.id)
      expect(statements).toHaveLength(2)
      for (const statement of statements) {
        const own = csv.filter((_, index) => lines[index].statement_id === statement.id)
        const statementCsv = csvRows(await download(`/admin/banking/statements/${statement.id}/export?format=csv`))
        expect(statementCsv).toEqual(own)
        const statementOfx = parseOfx(await download(`/admin/banking/statements/${statement.id}/export?format=ofx`))
        const statementEntries = statementOfx.BANKMSGSRSV1.STMTTRNRS.STMTRS.BANKTRANLIST.STMTTRN
        expect(statementEntries.map((entry: any) => [entry.FITID, entry.TRNAMT])).toEqual(
          own.map((row) => [row.reference, row.credit || negated(row.debit)])
        )
      }

      // The screen's order is not the file's: a download asked for in another order is refused, not reordered.
      const sorted = await api
        .get(`/admin/banking/feeds/${feed.id}/transactions/export?format=csv&sort=-date`, { headers })
        .then(
          () => null,
          (error: any) => error.response
        )
      expect(sorted.status).toBe(400)
    })

    it("streams a long download from the first byte, every line in order, and lets go of a client who leaves", async () => {
      const savings = connection.accounts.find((a: any) => a.title === "Savings")
      const [account] = await banking().listBankAccounts({ id: savings.id })
      await flinks.control(`logins/${loginId}/accounts/${account.provider_account_id}/history`, { count: 12_000 })
      const { feed } = await linkToNewLedgerAccount(api, headers, banking(), {
        bank_account_id: savings.id,
        ledger: { code: "1040", currency_code: "CAD", name: "Bank 1040" },
        start_date: daysAgo(364),
      })
      const lines = await storedLines(savings.id)
      expect(lines.length).toBeGreaterThan(11_000)
      const url = `${api.defaults.baseURL}/admin/banking/feeds/${feed.id}/transactions/export?format=`

      // Written as it is read: chunked, no length known in advance; complete and in the file's order.
      const csv = await fetch(`${url}csv`, { headers })
      expect(csv.status).toBe(200)
      expect(csv.headers.get("content-length")).toBeNull()
      expect(csv.headers.get("transfer-encoding")).toBe("chunked")
      const rows = csvRows(await csv.text())
      expect(rows.map((row) => row.reference)).toEqual(lines.map((line: any) => line.provider_transaction_id))
      const ofx = await fetch(`${url}ofx`, { headers })
      const parsed = parseOfx(await ofx.text())
      const statement = parsed.BANKMSGSRSV1.STMTTRNRS.STMTRS
      expect(statement.BANKTRANLIST.STMTTRN.map((t: any) => t.FITID)).toEqual(
        lines.map((line: any) => line.provider_transaction_id)
      )
      expect(statement.LEDGERBAL.BALAMT).toBe(twoDecimals(lines[lines.length - 1].running_balance))

      // A client that leaves after the first piece: the server stops, holds no query, and answers the next.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const controller = new AbortController()
      const left = await fetch(`${url}csv`, { headers, signal: controller.signal })
      const reader = left.body!.getReader()
      expect((await reader.read()).value!.byteLength).toBeGreaterThan(0)
      controller.abort()
      await expect(reader.read()).rejects.toThrow()
      let busy = Infinity
      for (let tries = 0; tries < 50 && busy > 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        const { rows: active } = await pg.raw(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid() and query ilike '%bank_transaction%'"
        )
        busy = active[0].n
      }
      expect(busy).toBe(0)
      expect((await api.get(`/admin/banking/feeds/${feed.id}/statements`, { headers })).status).toBe(200)
    })

    it("names each account in OFX by an id that stays the same and tells apart two cards ···4242", async () => {
      const usa = await connectFlinksCapitalUsa()
      const cardCa = connection.accounts.find((a: any) => a.type === "CreditCard")
      const cardUs = usa.accounts.find((a: any) => a.type === "CreditCard")
      expect(cardCa.account_number_masked).toBe(cardUs.account_number_masked)
      const feedCa = await linkFeed(cardCa.id, { code: "2100", currency_code: "CAD" })
      const feedUs = await linkFeed(cardUs.id, { code: "2110", currency_code: "USD" })

      const acctIdOf = async (path: string) => {
        const text = await download(path)
        const from = parseOfx(text).CREDITCARDMSGSRSV1.CCSTMTTRNRS.CCSTMTRS.CCACCTFROM
        return { id: String(from.ACCTID), text }
      }
      const [statementCa] = await statementsOf(feedCa.id)
      const first = await acctIdOf(`/admin/banking/feeds/${feedCa.id}/transactions/export?format=ofx`)
      const again = await acctIdOf(`/admin/banking/statements/${statementCa.id}/export?format=ofx`)
      const filtered = await acctIdOf(
        `/admin/banking/feeds/${feedCa.id}/transactions/export?format=ofx&date_from=${daysAgo(30)}`
      )
      const other = await acctIdOf(`/admin/banking/feeds/${feedUs.id}/transactions/export?format=ofx`)

      expect(first.id).toMatch(/^\d{22}$/)
      expect(again.id).toBe(first.id)
      expect(filtered.id).toBe(first.id)
      expect(other.id).toMatch(/^\d{22}$/)
      expect(other.id).not.toBe(first.id)
      expect(parseOfx(other.text).CREDITCARDMSGSRSV1.CCSTMTTRNRS.CCSTMTRS.CURDEF).toBe("USD")

      // Neither the masked number nor Flinks' own account id is in the file.
      const [storedCa] = await banking().listBankAccounts({ id: cardCa.id })
      for (const file of [first, other]) {
        expect(file.text).not.toContain("******")
        expect(file.text).not.toContain(storedCa.provider_account_id)
      }
    })
  },
})

import type { BankingModuleService } from "../../src/modules/banking"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  importBankTransactionsWorkflow,
  linkBankFeedWorkflow,
  requestSyncRunWorkflow,
  runScheduledImports,
} from "../../src/workflows"
import { loginAsAdmin } from "./helpers/admin-session"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { daysAgo } from "./helpers/calendar"
import { feedOutcome, linkToNewLedgerAccount, settleFeedAnswer, waitForRun } from "./helpers/sync-runs"
import { testDatabaseName } from "../test-database-name"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-import"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    const banking = bankingModuleOf(getContainer)
    const accountNamed = (title: string) => connection.accounts.find((a: any) => a.title === title)
    const providerAccountId = async (bankAccountId: string) =>
      (await banking().listBankAccounts({ id: bankAccountId }))[0].provider_account_id
    const linesOf = (bankAccountId: string) =>
      banking().listBankTransactions({ bank_account_id: bankAccountId }, { take: 100000 })

    async function ledger(code: string, currency = "CAD") {
      return banking().createLedgerAccounts({ code, name: `Bank ${code}`, type: "asset", currency_code: currency })
    }
    const settled = (data: any) => settleFeedAnswer(api, headers, data)
    const link = (title: string, startDate: string, code = "1010") =>
      linkToNewLedgerAccount(api, headers, banking(), {
        bank_account_id: accountNamed(title).id,
        ledger: { code, name: `Bank ${code}`, currency_code: accountNamed(title).currency_code },
        start_date: startDate,
      })
    const refresh = (feedId: string) =>
      api.post(`/admin/banking/feeds/${feedId}/refresh`, {}, { headers }).then((r: any) => settled(r.data))
    /** The scheduled import of the whole connection, as the job runs it. */
    async function importConnection() {
      const { result: run } = await requestSyncRunWorkflow(getContainer()).run({
        input: { connection_id: connection.id, kind: "import", trigger: "schedule", in_background: false },
      })
      const { result } = await importBankTransactionsWorkflow(getContainer()).run({ input: { sync_run_id: run.id } })
      return result
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
    })

    it("linking imports the lines from the start date on, with a statement that adds up", async () => {
      const startDate = daysAgo(30)
      const { feed, sync, notice } = await link("Chequing CAD", startDate)
      expect(notice).toBeNull()
      expect(sync.status).toBe("imported")
      expect(sync.inserted).toBeGreaterThan(0)
      expect(sync.skipped).toBeGreaterThan(0)

      const lines = await linesOf(feed.bank_account.id)
      expect(lines).toHaveLength(sync.inserted)
      expect(lines.every((line) => line.date >= startDate)).toBe(true)
      expect(feed.line_count).toBe(sync.inserted)

      const [statement] = await banking().listBankStatements({ feed_id: feed.id })
      expect(statement.transaction_count).toBe(sync.inserted)
      expect(statement.period_start >= startDate).toBe(true)
      expect(sync.possible_gaps).toBe(0)
      // Money stays exact: the statement's totals equal the sum of its lines, to the cent.
      const cents = (value: unknown) => Math.round(Number(value) * 100)
      const debitCents = lines.reduce((total, line) => total + (line.debit === null ? 0 : cents(line.debit)), 0)
      expect(cents(statement.total_debits)).toBe(debitCents)
    })

    it("a second import brings nothing new", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(60))
      const again = await refresh(feed.id)
      expect(again.sync).toMatchObject({ status: "imported", inserted: 0, duplicates: sync.inserted })
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)
      expect(await banking().listBankStatements({ feed_id: feed.id })).toHaveLength(1)
    })

    it("five new lines at the bank arrive as exactly five new lines", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(10))
      const accountId = await providerAccountId(feed.bank_account.id)
      await flinks.control(`logins/${loginId}/accounts/${accountId}/transactions`, { count: 5 })
      await flinks.control(`logins/${loginId}/refresh`, {})

      const after = await refresh(feed.id)
      expect(after.sync.inserted).toBe(5)
      expect(after.sync.possible_gaps).toBe(0)
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted + 5)
      expect(await banking().listBankStatements({ feed_id: feed.id })).toHaveLength(2)
    })

    it("a line Flinks re-keys is not imported twice", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(30))
      const [line] = await linesOf(feed.bank_account.id)
      await flinks.control(`transactions/${line.provider_transaction_id}/rekey`, {})
      await flinks.control(`logins/${loginId}/refresh`, {})

      const after = await refresh(feed.id)
      expect(after.sync.inserted).toBe(0)
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)
    })

    it("a Flinks fault mid-import writes nothing, and the next run completes the work", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(20))
      const accountId = await providerAccountId(feed.bank_account.id)
      await flinks.control(`logins/${loginId}/accounts/${accountId}/transactions`, { count: 3 })
      await flinks.control(`logins/${loginId}/refresh`, {})
      await flinks.control("faults", { endpoint: "GetAccountsDetailAsync", kind: "drop", times: 0 })

      const failed = await refresh(feed.id)
      expect(failed.sync.status).toBe("failed")
      expect(failed.sync.message).toMatch(/Try again/)
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)
      const [run] = await banking().listSyncRuns({ id: failed.sync.sync_run_id })
      expect(run).toMatchObject({ status: "failed", inserted_count: 0 })
      expect(failed.feed.last_sync.status).toBe("failed")

      await fetch(`${flinks.url}/__sandbox/faults`, { method: "DELETE" })
      const recovered = await refresh(feed.id)
      expect(recovered.sync.inserted).toBe(3)
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted + 3)
    })

    it("a crash while writing one account leaves no half statement there, the others are saved, and the next run completes", async () => {
      const chequing = await link("Chequing CAD", daysAgo(5), "1010")
      const savingsAccount = accountNamed("Savings")
      await flinks.control(`logins/${loginId}/accounts/${await providerAccountId(savingsAccount.id)}/history`, {
        count: 2500,
      })
      const savingsLedger = await ledger("1040")
      // Link without importing (the workflow alone), so that the crash hits the first import.
      const { result: savings } = await linkBankFeedWorkflow(getContainer()).run({
        input: {
          bank_account_id: savingsAccount.id,
          ledger_account_id: savingsLedger.id,
          start_date: daysAgo(364),
          actor_id: null,
        },
      })
      const chequingAccountId = await providerAccountId(chequing.feed.bank_account.id)
      await flinks.control(`logins/${loginId}/accounts/${chequingAccountId}/transactions`, { count: 2 })
      await flinks.control(`logins/${loginId}/refresh`, {})

      // The module's own write, below its interface: the lines are in, then the database goes away
      // before the account's transaction commits.
      const service = banking() as unknown as BankingModuleService
      const original = service.writeStagedLines.bind(service)
      const crash = jest.spyOn(service, "writeStagedLines").mockImplementation((async (input: any, ...rest: any[]) => {
        const written = await original(input, ...rest)
        if (input.bank_account_id === savingsAccount.id) {
          expect(written.inserted).toBe(2500)
          throw new Error("the database went away")
        }
        return written
      }) as any)

      const result = await importConnection()
      crash.mockRestore()
      expect(result.status).toBe("partial")
      expect(await linesOf(savingsAccount.id)).toHaveLength(0)
      expect(await banking().listBankStatements({ feed_id: savings.feed.id })).toHaveLength(0)
      expect(result.feeds.find((f: any) => f.feed_id === chequing.feed.id)?.inserted).toBe(2)

      const next = await importConnection()
      expect(next.status).toBe("succeeded")
      expect(await linesOf(savingsAccount.id)).toHaveLength(2500)
      expect(next.feeds.find((f: any) => f.feed_id === chequing.feed.id)?.inserted).toBe(0)
    })

    it("a first import written as it streams in keeps nothing of an answer cut halfway, and the next writes it whole, once", async () => {
      const savingsAccount = accountNamed("Savings")
      await flinks.control(`logins/${loginId}/accounts/${await providerAccountId(savingsAccount.id)}/history`, {
        count: 2500,
      })
      // Linked without importing, so that the scheduled import is the account's first.
      const { result: savings } = await linkBankFeedWorkflow(getContainer()).run({
        input: {
          bank_account_id: savingsAccount.id,
          ledger_account_id: (await ledger("1040")).id,
          start_date: daysAgo(364),
          actor_id: null,
        },
      })
      // Below the module's interface: the lines go into bank_transaction as they stream in, then
      // the connection goes away halfway through the answer.
      const staging = (banking() as any).importStaging_
      const opened = jest.spyOn(staging, "openLiveCopy")
      const original = staging.stageLines.bind(staging)
      let streamed = 0
      const cut = jest.spyOn(staging, "stageLines").mockImplementation((async (...args: any[]) => {
        await original(...args)
        streamed += args[2].length
        if (streamed >= 1200) throw new Error("the connection went away")
      }) as any)
      const failed = await importConnection()
      cut.mockRestore()
      expect(streamed).toBeGreaterThanOrEqual(1200)
      expect(failed.status).toBe("failed")
      expect(await opened.mock.results[0]?.value).toBe(true)
      expect(await linesOf(savingsAccount.id)).toHaveLength(0)
      expect(await banking().listBankStatements({ feed_id: savings.feed.id })).toHaveLength(0)

      const next = await importConnection()
      expect(next.status).toBe("succeeded")
      expect(await opened.mock.results[1]?.value).toBe(true)
      opened.mockRestore()
      const lines = await linesOf(savingsAccount.id)
      expect(lines).toHaveLength(2500)
      expect(new Set(lines.map((line) => line.provider_transaction_id)).size).toBe(2500)
      const statements = await banking().listBankStatements({ feed_id: savings.feed.id })
      expect(statements).toHaveLength(1)
      expect(statements[0].transaction_count).toBe(2500)
    })

    it("two clicks on Refresh start one import, and both follow it", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(30))
      await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "slow", delayMs: 1500, times: 1 })
      const click = () => api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
      const first = await click()
      const second = await click()
      expect([first.status, second.status]).toEqual([202, 200])
      expect(second.data.sync_run.id).toBe(first.data.sync_run.id)
      expect(first.data.sync_run).toMatchObject({ in_progress: true, status: expect.stringMatching(/queued|running/) })
      const run = await waitForRun(api, headers, first.data.sync_run)
      expect(feedOutcome(run)).toMatchObject({ status: "imported", inserted: 0, duplicates: sync.inserted })
      expect(await banking().listSyncRuns({ connection_id: connection.id, trigger: "manual" })).toHaveLength(1)
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)

      // Linking another feed of the same connection meanwhile links it, and says its import must wait.
      const savings = await ledger("1040")
      await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "slow", delayMs: 1500, times: 1 })
      const running = await click()
      const { data: other } = await api.post(
        "/admin/banking/feeds",
        { bank_account_id: accountNamed("Savings").id, ledger_account_id: savings.id, start_date: daysAgo(5) },
        { headers }
      )
      expect(other.feed.status).toBe("linked")
      expect(other.sync_run).toBeNull()
      expect(other.sync_error).toMatch(/already running/)
      await waitForRun(api, headers, running.data.sync_run)
    })

    it("each feed shows its own last import, and a feed stays linked when its first import cannot run", async () => {
      const chequing = await link("Chequing CAD", daysAgo(10), "1010")
      await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "aggregation_error", times: 0 })
      const savings = await link("Savings", daysAgo(10), "1040")
      expect(savings.sync.status).toBe("failed")
      expect(savings.feed.status).toBe("linked")
      expect(savings.feed.last_sync.status).toBe("failed")

      const { data } = await api.get("/admin/banking/feeds", { headers })
      const chequingRow = data.feeds.find((f: any) => f.id === chequing.feed.id)
      expect(chequingRow.last_sync).toMatchObject({ id: chequing.sync.sync_run_id, status: "succeeded" })
    })

    it("after unlinking, nothing more arrives", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(10))
      await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
      const accountId = await providerAccountId(feed.bank_account.id)
      await flinks.control(`logins/${loginId}/accounts/${accountId}/transactions`, { count: 4 })
      await flinks.control(`logins/${loginId}/refresh`, {})

      const result = await importConnection()
      expect(result.feeds).toEqual([])
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)
      const refused = await fail(api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers }))
      expect(refused.status).toBe(400)
    })

    it("refuses a feed it cannot honour, with the reason, and links nothing", async () => {
      const chequing = accountNamed("Chequing CAD")
      const usd = await ledger("1020", "USD")
      const cad = await ledger("1011", "CAD")
      const post = (body: any) => fail(api.post("/admin/banking/feeds", body, { headers }))

      const wrongCurrency = await post({
        bank_account_id: chequing.id,
        ledger_account_id: usd.id,
        start_date: daysAgo(5),
      })
      expect(wrongCurrency.status).toBe(400)
      expect(wrongCurrency.data.message).toMatch(/in CAD but ledger account 1020 .* is in USD/)
      const future = await post({ bank_account_id: chequing.id, ledger_account_id: cad.id, start_date: daysAgo(-3) })
      expect(future.data.message).toMatch(/cannot be in the future/)
      const notADate = await post({ bank_account_id: chequing.id, ledger_account_id: cad.id, start_date: "2026-02-30" })
      expect(notADate.status).toBe(400)
      expect(await banking().listBankFeeds({})).toHaveLength(0)

      const { notice } = await link("Chequing CAD", daysAgo(400), "1012")
      expect(notice).toMatch(/at most the last 365 days/)
      const twice = await post({ bank_account_id: chequing.id, ledger_account_id: cad.id, start_date: daysAgo(5) })
      expect(twice.data.message).toMatch(/already has a linked bank feed/)
    })

    it("the schedule imports every linked feed when due, and a tick never overlaps a running one", async () => {
      const { feed, sync } = await link("Chequing CAD", daysAgo(10))
      const accountId = await providerAccountId(feed.bank_account.id)
      await flinks.control(`logins/${loginId}/accounts/${accountId}/transactions`, { count: 2 })
      await flinks.control(`logins/${loginId}/refresh`, {})

      // An hourly schedule: 14:07 is not due, 15:00 is.
      const hourly = jest
        .spyOn(banking(), "syncOptions")
        .mockReturnValue({ ...banking().syncOptions(), schedule: "0 * * * *" })
      expect(await runScheduledImports(getContainer(), new Date("2026-11-23T14:07:00Z"))).toEqual({
        ran: false,
        reason: "not_due",
      })
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted)

      await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "slow", delayMs: 1500, times: 1 })
      const onTheHour = new Date("2026-11-23T15:00:00Z")
      const [first, second] = await Promise.all([
        runScheduledImports(getContainer(), onTheHour),
        new Promise((resolve) => setTimeout(resolve, 300)).then(() => runScheduledImports(getContainer(), onTheHour)),
      ])
      expect(first).toEqual({ ran: true, outcomes: { [connection.id]: "succeeded" } })
      expect(second).toEqual({ ran: false, reason: "already_running" })
      expect(await linesOf(feed.bank_account.id)).toHaveLength(sync.inserted + 2)
      const runs = await banking().listSyncRuns({ connection_id: connection.id, trigger: "schedule" })
      expect(runs).toHaveLength(1)
      hourly.mockRestore()
    })

    it("tells other plugins what was imported", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const emitted = jest.spyOn(eventBus, "emit")
      const { feed, sync } = await link("Chequing CAD", daysAgo(15))
      const events = emitted.mock.calls.flatMap(([message]) => (Array.isArray(message) ? message : [message]))
      expect(events).toContainEqual(
        expect.objectContaining({ name: "banking.feed.linked", data: expect.objectContaining({ id: feed.id }) })
      )
      expect(events).toContainEqual(
        expect.objectContaining({
          name: "banking.transactions.imported",
          data: expect.objectContaining({
            feed_id: feed.id,
            inserted: sync.inserted,
            statement_id: expect.any(String),
          }),
        })
      )
    })
  },
})

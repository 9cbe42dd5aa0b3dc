import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { createHash } from "node:crypto"
import { BANKING_MODULE } from ".."
import type BankingModuleService from "../service"
import { testDatabaseName } from "../../../../integration-tests/test-database-name"
import { entityIdFactory } from "../../../lib/banking/entity-ids"
import type { FlinksTransaction } from "../../../lib/flinks"
import type { StagedImportLine } from "../../../types"
import { AnswerOrder } from "../../../workflows/transaction-import/import-plan/answer-order"
import { fingerprintTail } from "../../../workflows/transaction-import/import-plan/fingerprint"
import { createAccount, createConnection, createLedgerAccount } from "./fixtures"

jest.setTimeout(60_000)

/** A fetched line: amount "-4.50" is money out, "0.10" money in. */
function line(id: string, date: string, amount: string, balance: string | null, description = "Card purchase") {
  const debit = amount.startsWith("-") ? amount.slice(1) : null
  return {
    providerTransactionId: id,
    providerAccountId: "acct",
    date,
    description,
    debit,
    credit: debit ? null : amount,
    balance,
    raw: { Id: id },
  } as FlinksTransaction
}

const nextId = entityIdFactory("btxn")
/** The lines as the importer stages them, numbered as they come (AnswerOrder), or left to PostgreSQL. */
function staged(lines: FlinksTransaction[], order: AnswerOrder | null = new AnswerOrder()): StagedImportLine[] {
  return lines.map((l, position) => ({
    id: nextId(),
    position,
    provider_transaction_id: l.providerTransactionId,
    date: l.date,
    description: l.description,
    debit: l.debit,
    credit: l.credit,
    balance: l.balance,
    fingerprint_tail: fingerprintTail(l),
    repeat_number: order ? order.next(l.date, fingerprintTail(l)) : null,
    raw: JSON.stringify(l.raw),
  }))
}

moduleIntegrationTestRunner<BankingModuleService>({
  moduleName: BANKING_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: testDatabaseName("module-staged-import"),
  testSuite: ({ service }) => {
    const mode = { numberedHere: true, live: false }
    async function feedOf() {
      const connection = await createConnection(service)
      const account = await createAccount(service, connection.id)
      const ledger = await createLedgerAccount(service)
      const feed = await service.createBankFeeds({
        bank_account_id: account.id,
        ledger_account_id: ledger.id,
        start_date: "2026-10-01",
        linked_at: new Date(),
      })
      return { account, feed, connection }
    }

    /** A running import of the feed's connection, and what its account's import is given. */
    async function startRun(target: Awaited<ReturnType<typeof feedOf>>, startDate = "2026-10-01") {
      const run = await service.createSyncRuns({
        connection_id: target.connection.id,
        kind: "import",
        trigger: "manual",
        status: "running",
        started_at: new Date(),
      })
      const input = {
        bank_account_id: target.account.id,
        feed_id: target.feed.id,
        sync_run_id: run.id,
        currency_code: "CAD",
        start_date: startDate,
        high_water_date: null,
      }
      return { run, input }
    }

    /** Stages the lines as one answer (first account of it) and records the import. */
    async function importLines(
      target: Awaited<ReturnType<typeof feedOf>>,
      lines: FlinksTransaction[],
      startDate = "2026-10-01"
    ) {
      const { run, input } = await startRun(target, startDate)
      // As a run of one feed does: the live import begins before the first lines are staged.
      if (mode.live) await service.beginLiveImport(input)
      // Chunks, as the answer streams in.
      const order = new AnswerOrder()
      const rows = staged(lines, mode.numberedHere ? order : null)
      if (!mode.numberedHere) for (const l of lines) order.next(l.date, fingerprintTail(l))
      for (let start = 0; start < rows.length; start += 2) {
        await service.stageImportLines(run.id, 0, rows.slice(start, start + 2))
      }
      await service.finishStagingLines(run.id)
      const outcome = {
        staged: {
          sync_run_id: run.id,
          account_index: 0,
          ...order.describe(),
          // PostgreSQL numbers and sorts the lines itself when the importer could not.
          ...(mode.numberedHere ? {} : { numbered: false, ordered: false }),
        },
        balances: null,
      }
      const result =
        (await service.settleLiveImport(run.id, outcome)) ??
        (await service.recordAccountImport({ ...input, ...outcome }))
      await service.discardStagedLines(run.id)
      await service.updateSyncRuns({ id: run.id, status: "succeeded", finished_at: new Date() })
      return result
    }

    const stored = (bankAccountId: string, withDeleted = false) =>
      service.listBankTransactions({ bank_account_id: bankAccountId }, {
        order: { import_order: "ASC" },
        withDeleted,
      } as any)

    const newestFirst = [
      line("c", "2026-11-03", "-4.50", "95.60"),
      line("b", "2026-11-02", "0.10", "100.10"),
      line("a", "2026-09-30", "100.00", "100.00", "Payroll"),
    ]

    const modes = [
      { name: "numbered and ordered as the lines came", numberedHere: true, live: false },
      { name: "numbered and sorted by PostgreSQL", numberedHere: false, live: false },
      // A first import writes as the answer streams in; anything it cannot write so goes the staged way.
      { name: "written live, as the lines came", numberedHere: true, live: true },
      { name: "begun live, then staged and sorted by PostgreSQL", numberedHere: false, live: true },
    ]
    for (const { name, numberedHere, live } of modes) {
      describe(name, () => {
        beforeEach(() => {
          mode.numberedHere = numberedHere
          mode.live = live
        })

        it("writes the lines from the start date on, in the order they happened, with a statement that adds up", async () => {
          const target = await feedOf()
          const result = await importLines(target, newestFirst)
          expect(result).toMatchObject({ fetched: 3, inserted: 2, before_start: 1, duplicates: 0, gaps: [] })
          const lines = await stored(target.account.id)
          expect(lines.map((l) => l.provider_transaction_id)).toEqual(["b", "c"])
          expect(lines.map((l) => l.id.startsWith("btxn_"))).toEqual([true, true])
          expect(lines[1].raw).toEqual({ Id: "c" })
          // Amounts as the bank wrote them, trailing zeros included, whichever way the lines went in.
          expect(
            lines.map((l) => [l.raw_debit?.value ?? null, l.raw_credit?.value ?? null, l.raw_running_balance?.value])
          ).toEqual([
            [null, "0.10", "100.10"],
            ["4.50", null, "95.60"],
          ])
          const [statement] = await service.listBankStatements({ id: result.statement_id! })
          expect(statement).toMatchObject({
            period_start: "2026-11-02",
            period_end: "2026-11-03",
            transaction_count: 2,
          })
          expect(statement.raw_opening_balance?.value).toBe("100")
          expect(statement.raw_closing_balance?.value).toBe("95.6")
          expect(statement.raw_total_debits?.value).toBe("4.5")
          expect(statement.raw_total_credits?.value).toBe("0.1")
          const [feed] = await service.listBankFeeds({ id: target.feed.id })
          expect(feed.high_water_date).toBe("2026-11-03")
        })

        it("writes an answer whose dates come in no order in the order they happened", async () => {
          const target = await feedOf()
          await importLines(target, [
            line("b", "2026-11-02", "-1.00", "9.00"),
            line("a", "2026-11-01", "10.00", "10.00"),
            line("b2", "2026-11-02", "-1.00", "8.00"),
            line("c", "2026-11-03", "-1.00", "7.00"),
          ])
          expect((await stored(target.account.id)).map((l) => l.provider_transaction_id)).toEqual(["a", "b", "b2", "c"])
        })

        it("does not double a line Flinks moved to a later date under its id, on an account with no line in the window", async () => {
          const target = await feedOf()
          await importLines(target, [line("moved", "2026-10-02", "-2.00", "98.00")])
          // The next answer starts after the stored line, so the fast COPY is tried, and refused by the id.
          const again = await importLines(target, [
            line("new", "2026-11-06", "-1.00", "96.00"),
            line("moved", "2026-11-05", "-2.00", "97.00"),
          ])
          expect(again).toMatchObject({ fetched: 2, inserted: 1, duplicates: 1 })
          const lines = await stored(target.account.id)
          expect(lines.map((l) => [l.provider_transaction_id, l.date])).toEqual([
            ["moved", "2026-10-02"],
            ["new", "2026-11-06"],
          ])
          const statements = await service.listBankStatements({ bank_account_id: target.account.id })
          expect(statements.map((s) => s.transaction_count).sort()).toEqual([1, 1])
        })

        it("stores the fingerprint the import has always stored", async () => {
          const target = await feedOf()
          await importLines(target, [line("x", "2026-11-02", "-3.00", null, "  Café   DÉPÔT ")])
          const [stored1] = await stored(target.account.id)
          const base = `${target.account.id}|2026-11-02|-3.00||café dépôt|`
          expect(stored1.fingerprint).toBe(createHash("sha256").update(base).digest("base64"))
        })

        it("imports nothing twice, even when Flinks gives a line a new id, and writes no empty statement", async () => {
          const target = await feedOf()
          await importLines(target, newestFirst)
          const rekeyed = [{ ...newestFirst[0], providerTransactionId: "c-new-id" }, newestFirst[1], newestFirst[2]]
          const again = await importLines(target, rekeyed)
          expect(again).toMatchObject({ inserted: 0, duplicates: 2, before_start: 1, statement_id: null })
          expect(await stored(target.account.id)).toHaveLength(2)
          expect(await service.listBankStatements({ feed_id: target.feed.id })).toHaveLength(1)
        })

        it("writes a provider id twice in one answer once, and two identical lines of one day as two", async () => {
          const target = await feedOf()
          const result = await importLines(target, [
            line("x1", "2026-11-02", "-3.00", null, "Coffee"),
            line("x2", "2026-11-02", "-3.00", null, "Coffee"),
            line("x1", "2026-11-02", "-3.00", null, "Coffee"),
          ])
          expect(result).toMatchObject({ inserted: 2, duplicates: 1 })
          const lines = await stored(target.account.id)
          expect(new Set(lines.map((l) => l.fingerprint)).size).toBe(2)
        })

        it("never brings back a line the merchant deleted", async () => {
          const target = await feedOf()
          await importLines(target, newestFirst)
          const [first] = await stored(target.account.id)
          await service.softDeleteBankTransactions([first.id])
          const again = await importLines(target, newestFirst)
          expect(again).toMatchObject({ inserted: 0, duplicates: 2 })
          expect(await stored(target.account.id)).toHaveLength(1)
          expect(await stored(target.account.id, true)).toHaveLength(2)
        })

        it("reports where the running balance does not follow from the line before, the stored one included", async () => {
          const target = await feedOf()
          await importLines(target, [line("a", "2026-10-01", "10.00", "10.00")])
          const result = await importLines(target, [
            line("b", "2026-10-02", "5.00", "15.00"),
            line("c", "2026-10-04", "-1.00", "9.00"),
            line("d", "2026-10-05", "-1.00", null),
            line("e", "2026-10-06", "-1.00", "7.00"),
          ])
          expect(result.gaps).toEqual([{ date: "2026-10-04", expected: "14", found: "9" }])
          const first = await importLines(await feedOf(), [line("a", "2026-10-02", "5.00", "12.00")])
          expect(first.gaps).toEqual([])
        })
      })
    }

    describe("a live import", () => {
      const manager = () => (service as any).importStaging_.getActiveManager({})
      /** Whether a COPY into bank_transaction runs in this database right now. */
      const copyingIntoLines = async () =>
        (
          await manager().execute(
            "select count(*)::int as count from pg_stat_activity where datname = current_database() and state = 'active' and query like 'COPY bank_transaction %'"
          )
        )[0].count > 0
      const outcomeOf = (runId: string, lines: FlinksTransaction[], accountIndex = 0) => {
        const order = new AnswerOrder()
        for (const l of lines) order.next(l.date, fingerprintTail(l))
        return { staged: { sync_run_id: runId, account_index: accountIndex, ...order.describe() }, balances: null }
      }

      it("writes a first import's lines while its answer still streams in, unseen until it is whole", async () => {
        const target = await feedOf()
        const { run, input } = await startRun(target)
        expect(await service.beginLiveImport(input)).toBe(true)
        const rows = staged(newestFirst)
        await service.stageImportLines(run.id, 0, rows.slice(0, 2))
        expect(await copyingIntoLines()).toBe(true)
        expect(await stored(target.account.id)).toEqual([])
        await service.stageImportLines(run.id, 0, rows.slice(2))
        await service.finishStagingLines(run.id)
        const result = await service.settleLiveImport(run.id, outcomeOf(run.id, newestFirst))
        expect(result).toMatchObject({ fetched: 3, inserted: 2, before_start: 1, duplicates: 0 })
        expect(await copyingIntoLines()).toBe(false)
        expect((await stored(target.account.id)).map((l) => [l.provider_transaction_id, l.id])).toEqual([
          ["b", rows[1].id],
          ["c", rows[0].id],
        ])
        await service.discardStagedLines(run.id)
      })

      it("writes nothing when the answer is not read whole, or is read again", async () => {
        const target = await feedOf()
        const { run, input } = await startRun(target)
        expect(await service.beginLiveImport(input)).toBe(true)
        await service.stageImportLines(run.id, 0, staged(newestFirst))
        expect(await copyingIntoLines()).toBe(true)
        // A broken read starts over: the live lines go, and the retried answer is staged only.
        await service.discardStagedLines(run.id)
        expect(await copyingIntoLines()).toBe(false)
        expect(await service.settleLiveImport(run.id, outcomeOf(run.id, newestFirst))).toBeNull()
        expect(await stored(target.account.id)).toEqual([])
        expect(await service.listBankStatements({ feed_id: target.feed.id })).toEqual([])
        await service.discardStagedLines(run.id)
        await service.updateSyncRuns({ id: run.id, status: "failed", finished_at: new Date() })

        const again = await startRun(target)
        expect(await service.beginLiveImport(again.input)).toBe(true)
        await service.stageImportLines(again.run.id, 0, staged(newestFirst))
        expect(await service.settleLiveImport(again.run.id, null)).toBeNull()
        expect(await copyingIntoLines()).toBe(false)
        expect(await stored(target.account.id)).toEqual([])
        expect(await service.listBankStatements({ feed_id: target.feed.id })).toEqual([])
        await service.discardStagedLines(again.run.id)
      })

      it("writes the staged lines instead when the answer holds a second account", async () => {
        const target = await feedOf()
        const { run, input } = await startRun(target)
        expect(await service.beginLiveImport(input)).toBe(true)
        await service.stageImportLines(run.id, 0, staged(newestFirst))
        await service.stageImportLines(run.id, 1, staged([line("other", "2026-11-04", "-1.00", "5.00")]))
        expect(await copyingIntoLines()).toBe(false)
        await service.finishStagingLines(run.id)
        const result = await service.settleLiveImport(run.id, outcomeOf(run.id, newestFirst))
        expect(result).toMatchObject({ fetched: 3, inserted: 2, before_start: 1 })
        expect((await stored(target.account.id)).map((l) => l.provider_transaction_id)).toEqual(["b", "c"])
        await service.discardStagedLines(run.id)
      })

      it("is not begun on an account that holds lines, deleted ones included", async () => {
        const target = await feedOf()
        mode.live = false
        await importLines(target, newestFirst)
        await service.softDeleteImportedData([target.account.id], new Date())
        const { run, input } = await startRun(target)
        expect(await service.beginLiveImport(input)).toBe(false)
        expect(await service.settleLiveImport(run.id, null)).toBeNull()
      })
    })

    it("clears what interrupted runs left staged, and leaves a running run's lines alone", async () => {
      const target = await feedOf()
      const other = await feedOf()
      const start = (connectionId: string, status: "running" | "interrupted") =>
        service.createSyncRuns({
          connection_id: connectionId,
          kind: "import",
          trigger: "manual",
          status,
          started_at: new Date(),
        })
      const running = await start(target.connection.id, "running")
      const dead = await start(other.connection.id, "interrupted")
      await service.stageImportLines(running.id, 0, staged(newestFirst))
      await service.stageImportLines(dead.id, 0, staged(newestFirst))
      await service.finishStagingLines(running.id)
      await service.finishStagingLines(dead.id)
      await service.discardStagedLines(null)
      const manager = (service as any).importStaging_.getActiveManager({})
      const left = await manager.execute("select sync_run_id, count(*)::int as count from bank_import_line group by 1")
      expect(left).toEqual([{ sync_run_id: running.id, count: 3 }])
      await service.discardStagedLines(running.id)
      expect(await manager.execute("select 1 from bank_import_line")).toEqual([])
    })

    it("shows nothing of an answer still streaming, and leaves nothing of one cancelled midway", async () => {
      const target = await feedOf()
      const run = await service.createSyncRuns({
        connection_id: target.connection.id,
        kind: "import",
        trigger: "manual",
        status: "running",
        started_at: new Date(),
      })
      const manager = (service as any).importStaging_.getActiveManager({})
      const stagedCount = async () =>
        (
          await manager.execute("select count(*)::int as count from bank_import_line where sync_run_id = ?", [run.id])
        )[0].count
      const recordNow = () =>
        service.recordAccountImport({
          bank_account_id: target.account.id,
          feed_id: target.feed.id,
          sync_run_id: run.id,
          currency_code: "CAD",
          start_date: "2026-10-01",
          staged: { sync_run_id: run.id, account_index: 0, ...new AnswerOrder().describe() },
          balances: null,
          high_water_date: null,
        })

      await service.stageImportLines(run.id, 0, staged(newestFirst))
      expect(await stagedCount()).toBe(0)
      // Writing before the answer is whole is refused, and writes nothing.
      await expect(recordNow()).rejects.toThrow("still being staged")
      expect(await service.listBankTransactions({ bank_account_id: target.account.id })).toEqual([])
      // A broken read: the COPY is cancelled, none of its lines ever land.
      await service.discardStagedLines(run.id)
      expect(await stagedCount()).toBe(0)
      // The retried read stages in a COPY of its own, visible once finished.
      await service.stageImportLines(run.id, 0, staged(newestFirst))
      await service.finishStagingLines(run.id)
      expect(await stagedCount()).toBe(3)
      await service.discardStagedLines(run.id)
    })
  },
})

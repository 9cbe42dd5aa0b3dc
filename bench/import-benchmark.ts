import { Readable, Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { from as copyFrom, to as copyTo } from "pg-copy-streams"
import { BANKING_MODULE } from "../src/modules/banking"
import { WRITTEN_COLUMNS } from "../src/modules/banking/queries/staged-lines"
import type { IBankingModuleService } from "../src/types"
import { importBankTransactionsWorkflow, linkBankFeedWorkflow, requestSyncRunWorkflow } from "../src/workflows"

/**
 * One benchmark process (`medusa exec`), run by scripts/bench.mjs in a fresh database. Prints one
 * `BENCH_RESULT {json}` line.
 *
 * BENCH_MODE=import: BENCH_REPEAT imports of BENCH_LINES lines, each into the emptied account, and as many
 *   COPYs of the very rows the first one wrote into a table identical to bank_transaction (indexes,
 *   checks, defaults and foreign keys), the physical limit. Also the first import's peak RSS.
 * BENCH_MODE=refresh: a refresh that brings nothing new (the last 90 days, 10,000 lines over a
 *   year at Flinks), BENCH_REPEAT times with 10,000 lines stored, then BENCH_REPEAT times once the
 *   account holds BENCH_STORED lines (older lines added by SQL): the time and the RSS growth of each.
 */
const SANDBOX = process.env.FLINKS_CA_BASE_URL!
const MODE = process.env.BENCH_MODE ?? "import"
const LINES = Number(process.env.BENCH_LINES ?? 100_000)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)
const STORED = Number(process.env.BENCH_STORED ?? 1_000_000)

async function control(path: string, body: unknown) {
  const response = await fetch(`${SANDBOX}/__sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** Samples RSS every 10 ms; returns the highest seen. */
function trackPeakRss() {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 10)
  return () => {
    clearInterval(timer)
    return Math.max(peak, process.memoryUsage().rss)
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint()
  const result = await work()
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

export default async function importBenchmark({ container }: ExecArgs) {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const startDate = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)

  /** A new login at the sandbox with `lines` lines over a year, linked to a new feed. */
  async function linkedAccount(lines: number) {
    const login = await control("logins", { username: "Greatday" })
    const account = login.accounts.find((a: any) => a.Title === "Chequing CAD")
    await control(`logins/${login.loginId}/accounts/${account.Id}/history`, { count: lines })
    const connection = await banking.createBankConnections({
      provider: "flinks-ca",
      institution_name: "Flinks Capital",
      ...banking.gateway.sealLogin(login.loginId),
      consent_accepted_by: "benchmark",
      consent_accepted_at: new Date(),
      consent_version: "benchmark",
    })
    const bankAccount = await banking.createBankAccounts({
      connection_id: connection.id,
      provider_account_id: account.Id,
      title: "Chequing CAD",
      type: "Chequing",
      category: "Operations",
      currency_code: "CAD",
    })
    const ledger = await banking.createLedgerAccounts({
      code: `B${Date.now()}${Math.floor(Math.random() * 1000)}`,
      name: "Bench",
      type: "asset",
      currency_code: "CAD",
    })
    await linkBankFeedWorkflow(container).run({
      input: { bank_account_id: bankAccount.id, ledger_account_id: ledger.id, start_date: startDate, actor_id: null },
    })
    return { connection, bankAccount }
  }

  /** Queued outside the timing, as the route does before answering; the import itself is timed. */
  async function importOnce(connectionId: string) {
    const {
      result: { id },
    } = await requestSyncRunWorkflow(container).run({
      input: { connection_id: connectionId, kind: "import", trigger: "manual", in_background: false },
    })
    const run = await timed(() => importBankTransactionsWorkflow(container).run({ input: { sync_run_id: id } }))
    const feed = run.result.result.feeds[0]
    if (feed?.status !== "imported") throw new Error(`the import failed: ${JSON.stringify(feed)}`)
    return { ms: run.ms, inserted: feed.inserted }
  }

  async function rowsAsCopyText(bankAccountId: string): Promise<Buffer> {
    const connection = await pg.client.acquireConnection()
    const chunks: Buffer[] = []
    try {
      await pipeline(
        connection.query(
          copyTo(
            `COPY (select ${WRITTEN_COLUMNS} from bank_transaction where bank_account_id = '${bankAccountId}' order by import_order) TO STDOUT`
          )
        ),
        new Writable({
          write(chunk, _encoding, done) {
            chunks.push(chunk)
            done()
          },
        })
      )
    } finally {
      await pg.client.releaseConnection(connection)
    }
    return Buffer.concat(chunks)
  }

  /** COPY of the rows into a fresh table shaped exactly like bank_transaction, in one transaction. */
  async function copyBaseline(text: Buffer): Promise<number> {
    await pg.raw("drop table if exists bench_copy_target")
    await pg.raw("create table bench_copy_target (like bank_transaction including all)")
    await pg.raw(
      "alter table bench_copy_target add foreign key (bank_account_id) references bank_account(id) on update cascade on delete cascade, " +
        "add foreign key (statement_id) references bank_statement(id) on update cascade on delete set null"
    )
    const connection = await pg.client.acquireConnection()
    try {
      const run = await timed(async () => {
        await connection.query("begin")
        await pipeline(
          Readable.from([text]),
          connection.query(copyFrom(`COPY bench_copy_target (${WRITTEN_COLUMNS}) FROM STDIN`))
        )
        await connection.query("commit")
      })
      return run.ms
    } catch (error) {
      await connection.query("rollback")
      throw error
    } finally {
      await pg.client.releaseConnection(connection)
      await pg.raw("drop table bench_copy_target")
    }
  }

  if (MODE === "import") {
    const { connection, bankAccount } = await linkedAccount(LINES)
    const imports: number[] = []
    let peakRss = 0
    const copies: number[] = []
    for (let i = 0; i < REPEAT; i++) {
      gc()
      const peak = trackPeakRss()
      const run = await importOnce(connection.id)
      if (i === 0) peakRss = peak()
      else peak()
      if (run.inserted !== LINES) throw new Error(`expected ${LINES} lines imported, got ${run.inserted}`)
      imports.push(run.ms)
      // The physical limit, while the rows (and the statement they point to) are there.
      if (i === 0) {
        const text = await rowsAsCopyText(bankAccount.id)
        for (let c = 0; c < REPEAT; c++) copies.push(await copyBaseline(text))
      }
      // The next import starts from an empty account again.
      await pg.raw("delete from bank_transaction where bank_account_id = ?", [bankAccount.id])
      await pg.raw("delete from bank_statement where bank_account_id = ?", [bankAccount.id])
      await pg.raw("update bank_feed set high_water_date = null where bank_account_id = ?", [bankAccount.id])
      await pg.raw("vacuum analyze bank_transaction")
    }
    console.log(
      `BENCH_RESULT ${JSON.stringify({
        mode: MODE,
        lines: LINES,
        importMs: imports.map(Math.round),
        copyMs: copies.map(Math.round),
        importMedianMs: Math.round(median(imports)),
        copyMedianMs: Math.round(median(copies)),
        peakRssMb: mb(peakRss),
      })}`
    )
    return
  }

  // refresh
  const { connection, bankAccount } = await linkedAccount(10_000)
  const first = await importOnce(connection.id)
  if (first.inserted !== 10_000) throw new Error(`expected 10,000 lines imported, got ${first.inserted}`)
  async function refreshes() {
    const times: number[] = []
    const growth: number[] = []
    for (let i = 0; i < REPEAT; i++) {
      gc()
      const before = process.memoryUsage().rss
      const peak = trackPeakRss()
      const run = await importOnce(connection.id)
      growth.push(peak() - before)
      if (run.inserted !== 0) throw new Error(`a refresh that should bring nothing brought ${run.inserted} lines`)
      times.push(run.ms)
    }
    return { times, growth }
  }
  const small = await refreshes()
  // The older lines of a busy account: dated before the 90 days a refresh reads, one per id.
  const [feed] = await banking.listBankFeeds({ bank_account_id: bankAccount.id })
  const [statement] = await banking.listBankStatements({ feed_id: feed.id })
  await pg.raw(
    `insert into bank_transaction (${WRITTEN_COLUMNS})
     select 'btxn_old' || n, :account, :feed, :statement, 'old-' || n, md5('old-' || n), to_char(:start::date + (n % 250), 'YYYY-MM-DD'),
       'Older line ' || n, 1.25, '{"value":"1.25","precision":20}', null, null, null, null, 'CAD', 'unreconciled', null
     from generate_series(1, :count) n`,
    { account: bankAccount.id, feed: feed.id, statement: statement.id, start: startDate, count: STORED - 10_000 }
  )
  await pg.raw("analyze bank_transaction")
  const large = await refreshes()
  const stored = Number((await pg("bank_transaction").where({ bank_account_id: bankAccount.id }).count("* as n"))[0].n)
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      mode: MODE,
      stored,
      smallMs: small.times.map(Math.round),
      largeMs: large.times.map(Math.round),
      smallMedianMs: Math.round(median(small.times)),
      largeMedianMs: Math.round(median(large.times)),
      smallGrowthMb: mb(median(small.growth)),
      largeGrowthMb: mb(median(large.growth)),
      largeMaxGrowthMb: mb(Math.max(...large.growth)),
    })}`
  )
}

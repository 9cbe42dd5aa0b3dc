import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../src/modules/banking"
import type { IBankingModuleService } from "../src/types"
import { importBankTransactionsWorkflow, requestSyncRunWorkflow, linkBankFeedWorkflow } from "../src/workflows"

/**
 * One benchmark run, inside a Medusa process (`medusa exec`), for BENCH_LINES lines on one
 * account. Prints one JSON line; scripts/bench.mjs runs it at 10,000 and 100,000 lines and compares.
 */
const SANDBOX = process.env.FLINKS_CA_BASE_URL!
const LINES = Number(process.env.BENCH_LINES ?? 100_000)

async function control(path: string, body: unknown) {
  const response = await fetch(`${SANDBOX}/__sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

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

export default async function importBenchmark({ container }: ExecArgs) {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const login = await control("logins", { username: "Greatday" })
  const account = login.accounts.find((a: any) => a.Title === "Chequing CAD")
  await control(`logins/${login.loginId}/accounts/${account.Id}/history`, { count: LINES })

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
    code: `B${Date.now()}`,
    name: "Bench",
    type: "asset",
    currency_code: "CAD",
  })
  const startDate = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)
  await linkBankFeedWorkflow(container).run({
    input: { bank_account_id: bankAccount.id, ledger_account_id: ledger.id, start_date: startDate, actor_id: null },
  })

  const peak = trackPeakRss()
  // The run is queued outside the timing, as the route does before answering; the import is timed.
  const queue = async () =>
    (
      await requestSyncRunWorkflow(container).run({
        input: { connection_id: connection.id, kind: "import", trigger: "manual", in_background: false },
      })
    ).result.id
  const firstRun = await queue()
  const first = await timed(() => importBankTransactionsWorkflow(container).run({ input: { sync_run_id: firstRun } }))
  const peakRss = peak()
  const inserted = first.result.result.feeds[0]?.inserted ?? 0
  if (inserted !== LINES) {
    throw new Error(
      `expected ${LINES} lines imported, got ${inserted} (${JSON.stringify(first.result.result.feeds[0])})`
    )
  }

  const secondRun = await queue()
  const second = await timed(() => importBankTransactionsWorkflow(container).run({ input: { sync_run_id: secondRun } }))
  if (second.result.result.feeds[0]?.inserted !== 0) throw new Error("the second import brought lines")

  // The same rows, inserted straight into a table shaped like bank_transaction (same indexes).
  await pg.raw("drop table if exists bench_raw_transaction")
  await pg.raw("create table bench_raw_transaction (like bank_transaction including all)")
  const rows = await pg("bank_transaction").where({ bank_account_id: bankAccount.id }).select("*")
  const raw = await timed(() =>
    pg.transaction(async (trx: any) => {
      for (let start = 0; start < rows.length; start += 1000) {
        await trx("bench_raw_transaction").insert(rows.slice(start, start + 1000))
      }
    })
  )
  await pg.raw("drop table bench_raw_transaction")

  console.log(
    "BENCH_RESULT " +
      JSON.stringify({
        lines: LINES,
        importMs: Math.round(first.ms),
        rawInsertMs: Math.round(raw.ms),
        secondImportMs: Math.round(second.ms),
        peakRssMb: Math.round(peakRss / 1024 / 1024),
      })
  )
}

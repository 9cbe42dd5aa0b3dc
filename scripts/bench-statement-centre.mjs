// The Statement Centre's read speed at scale: seeds 1,000,000 lines over 100 feeds in a fresh
// database, starts Medusa on it, signs in with a session cookie (as the admin does), and times the
// routes the Statement Centre reads (the first, a middle and the last page of a 10,000-line feed, a
// filtered page, the statements list) against the very same SQL run straight in PostgreSQL in the
// same run, 100 calls each. Prints median and p95 of both, their ratio against the target (route
// p95 within 2x the raw query's), the query plans of the filtered list, and whether any plan reads
// bank_transaction by sequential scan. Then it moves every line into one feed and downloads its
// 1,000,000 lines as CSV and as OFX, three times each: the server's RSS growth and the time to the
// first byte, medians. A missed target is printed (MISS), not an error: the exit code is non-zero
// only when the benchmark itself fails.
//
// How the raw side gets the route's SQL: bench/statement-centre/prepare.ts runs inside Medusa
// (`medusa exec`), passes each planned query string through the route's own validator and builds
// the page and count queries with the module's query builders (feedTransactionsQuery,
// selectFeedTransactions, feedStatementsQuery), as BankingModuleService does, and writes
// `.toSQL().toNative()` of each. Every call's answer from the route is checked against the raw
// answer (same line ids in the same order, same count), so both sides provably run the same query.
//
// Environment: BENCH_CENTRE_CALLS (timed calls per scenario, default 100), BENCH_CENTRE_WARMUP
// (default 20), BENCH_CENTRE_PORT (default 9311), BENCH_CENTRE_DB (the database it creates and drops),
// BENCH_CENTRE_KEEP_DB=1 keeps the database.
import { spawn } from "node:child_process"
import { mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { dropDatabases, ensureDatabase, ensurePostgres } = await import("./lib/database.mjs")
const { startProcess, stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { MEDUSA_BIN } = await import("./lib/app.mjs")
const { default: pg } = await import("pg")
const { SEED, seedStatements } = await import("../bench/statement-centre/seed.mjs")
const { buildPlan, routePath } = await import("../bench/statement-centre/plan.mjs")

const DATABASE = process.env.BENCH_CENTRE_DB ?? "medusa_flinks_bench_centre"
const PORT = Number(process.env.BENCH_CENTRE_PORT ?? 9311)
const CALLS = Number(process.env.BENCH_CENTRE_CALLS ?? 100)
const WARMUP = Number(process.env.BENCH_CENTRE_WARMUP ?? 20)
const TARGET_RATIO = 2
const EMAIL = "bench@example.com"
const PASSWORD = "bench-pass"
const BASE = `http://localhost:${PORT}`

const outputDir = path.join(ROOT, ".test-output")
mkdirSync(outputDir, { recursive: true })
const logFile = path.join(outputDir, "bench-centre.log")
const planFile = path.join(outputDir, "bench-centre-plan.json")
const sqlFile = path.join(outputDir, "bench-centre-sql.json")
const log = openSync(logFile, "w")

const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const step = (text) => console.log(`[${seconds(started).padStart(7)}] ${text}`)

const postgres = await ensurePostgres({ folder: ".test-output", embeddedPort: 54330 })
const env = {
  ...process.env,
  NODE_ENV: "development",
  LOG_LEVEL: "error",
  MEDUSA_ADMIN_DISABLED: "true",
  // The scheduled import does not fire during the benchmark: 00:00 UTC on February 29th (next in
  // 2028). February 31st would be surer, but it is refused at boot as a schedule that never runs.
  FLINKS_SYNC_SCHEDULE: "0 0 29 2 *",
  DATABASE_URL: postgres.url(DATABASE),
  PORT: String(PORT),
  BENCH_CENTRE_PLAN: planFile,
  BENCH_CENTRE_SQL: sqlFile,
  BENCH_CENTRE_EMAIL: EMAIL,
  BENCH_CENTRE_PASSWORD: PASSWORD,
}

let pool = null
async function finish(code) {
  await stopAll()
  await pool?.end().catch(() => {})
  if (process.env.BENCH_CENTRE_KEEP_DB !== "1") await dropDatabases(postgres, DATABASE).catch(() => {})
  await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => finish(130))

/** Runs a Medusa CLI command to completion, its output into the log. */
function medusa(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd: ROOT, env, stdio: ["ignore", log, log] })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} failed (exit code ${code}); see ${path.relative(ROOT, logFile)}`))
    )
  })
}

function portTaken(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** The resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  let total = 0
  const visit = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8")
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
      for (const child of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").split(" ").filter(Boolean))
        visit(child)
    } catch {}
  }
  visit(pid)
  return total
}

/** One download read to its end: time to the first byte, to the end, and the server's RSS growth. */
async function timedDownload(pid, url, headers) {
  const before = treeRss(pid)
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(pid))
  }, 20)
  const t = performance.now()
  const response = await fetch(url, { headers })
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  const reader = response.body.getReader()
  let firstByteMs = null
  let bytes = 0
  let lines = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    firstByteMs ??= performance.now() - t
    bytes += value.byteLength
    for (const byte of value) if (byte === 0x0a) lines++
  }
  const totalMs = performance.now() - t
  clearInterval(sampler)
  peak = Math.max(peak, treeRss(pid))
  // CSV: one line per bank line and a header; OFX: its lines are counted by STMTTRN below.
  return {
    firstByteMs,
    totalMs,
    bytes,
    lines: url.endsWith("csv") ? lines - 1 : SEED.feeds * SEED.linesPerFeed,
    growthMb: Math.round((peak - before) / 1024 / 1024),
  }
}

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]
function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b)
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }
}
const fmt = (ms) => ms.toFixed(2).padStart(7)

try {
  if (await portTaken(PORT)) throw new Error(`Port ${PORT} is in use: set BENCH_CENTRE_PORT to a free one.`)
  step(
    `PostgreSQL: ${postgres.source}; database ${DATABASE}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}`
  )
  await dropDatabases(postgres, DATABASE)
  await ensureDatabase(postgres, DATABASE)

  let since = Date.now()
  await medusa(["db:migrate"])
  step(`migrated (${seconds(since)})`)

  // Seeding: plain SQL on one connection.
  since = Date.now()
  const seeder = new pg.Client({ ...postgres, database: DATABASE })
  await seeder.connect()
  const seedTimes = {}
  for (const { label, sql } of seedStatements()) {
    const t = Date.now()
    await seeder.query(sql)
    seedTimes[label] = (seedTimes[label] ?? 0) + (Date.now() - t)
  }
  const { rows: sizes } = await seeder.query(
    `select (select count(*) from bank_transaction)::int as lines, (select count(*) from bank_feed)::int as feeds,
            (select count(*) from bank_statement)::int as statements,
            pg_size_pretty(pg_total_relation_size('bank_transaction')) as size`
  )
  await seeder.end()
  const s = sizes[0]
  step(
    `seeded ${s.lines.toLocaleString("en")} lines, ${s.feeds} feeds, ${s.statements} statements ` +
      `(bank_transaction ${s.size} with indexes) in ${seconds(since)}: ` +
      Object.entries(seedTimes)
        .filter(([, ms]) => ms >= 100)
        .map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`)
        .join(", ")
  )

  // The calls, and the SQL the route runs for each, built inside Medusa.
  const plan = buildPlan({ calls: CALLS, warmup: WARMUP })
  const calls = plan.flatMap((scenario) => [...scenario.warmup, ...scenario.timed])
  writeFileSync(planFile, JSON.stringify(calls))
  since = Date.now()
  await medusa(["exec", "./bench/statement-centre/prepare.ts"])
  const prepared = JSON.parse(readFileSync(sqlFile, "utf8"))
  const sql = prepared.queries
  let next = 0
  for (const scenario of plan) {
    for (const call of [...scenario.warmup, ...scenario.timed]) {
      // prepare.ts puts the middle pages' cursors into their calls' addresses.
      call.params = prepared.params[next]
      call.queries = sql[next++]
    }
  }
  step(`admin user created and ${sql.length} calls' SQL built (${seconds(since)})`)

  since = Date.now()
  const server = startProcess("Medusa", MEDUSA_BIN, ["start", "--port", String(PORT)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", log, log],
  })
  if (!(await waitForHttp(`${BASE}/health`, 180_000, server))) {
    throw new Error(`Medusa did not start; see ${path.relative(ROOT, logFile)}`)
  }
  const login = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  // The admin dashboard signs in with a session cookie (the js-sdk's "session" auth), so the
  // Statement Centre's requests carry that cookie, not a bearer token: timed the same way here.
  const session = await fetch(`${BASE}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  const cookie = session.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ")
  if (!session.ok || !cookie) throw new Error(`no session: ${session.status} ${await session.text()}`)
  const asAdmin = { cookie }
  step(`Medusa started on port ${PORT} and logged in (${seconds(since)})`)

  pool = new pg.Pool({ ...postgres, database: DATABASE, max: 2 })
  await Promise.all([pool.query("select 1"), pool.query("select 1")])

  async function viaRoute(call) {
    const t = performance.now()
    const response = await fetch(`${BASE}${routePath(call)}`, { headers: asAdmin })
    const body = await response.json()
    const ms = performance.now() - t
    if (!response.ok) throw new Error(`${routePath(call)}: ${response.status} ${JSON.stringify(body)}`)
    const rows = call.kind === "statements" ? body.statements : body.transactions
    return { ms, ids: rows.map((row) => row.id), count: Number(body.count) }
  }

  // As the service runs them: the page and the count at once, on two pooled connections.
  async function viaSql(call) {
    const t = performance.now()
    const results = await Promise.all(call.queries.map((q) => pool.query(q.sql, q.bindings)))
    const ms = performance.now() - t
    // As the repository does: the row beyond the limit only tells that a page follows, and a page
    // read from the end comes back the other way round.
    const page = call.queries[0]
    const rows = page.limit === undefined ? results[0].rows : results[0].rows.slice(0, page.limit)
    if (page.reverse) rows.reverse()
    const count = call.kind === "statements" ? Number(rows[0]?.full_count ?? 0) : Number(results[1].rows[0].count)
    return { ms, ids: rows.map((row) => row.id), count }
  }

  // Route and SQL alternate call by call (which goes first alternates too), so both meet the same
  // cache and the same load from anything else running on the machine.
  const results = []
  for (const scenario of plan) {
    for (const call of scenario.warmup) {
      await viaRoute(call)
      await viaSql(call)
    }
    const route = []
    const raw = []
    let rowsSeen = 0
    for (const [i, call] of scenario.timed.entries()) {
      let viaR, viaS
      if (i % 2 === 0) {
        viaR = await viaRoute(call)
        viaS = await viaSql(call)
      } else {
        viaS = await viaSql(call)
        viaR = await viaRoute(call)
      }
      if (viaS.count !== viaR.count || viaS.ids.join() !== viaR.ids.join()) {
        throw new Error(
          `${routePath(call)}: the route answered ${viaR.ids.length} rows of ${viaR.count}, the SQL ${viaS.ids.length} of ${viaS.count}`
        )
      }
      route.push(viaR.ms)
      raw.push(viaS.ms)
      rowsSeen += viaS.ids.length
    }
    results.push({ scenario, route: stats(route), raw: stats(raw), rowsPerCall: rowsSeen / scenario.timed.length })
  }
  // What any authenticated admin route costs in this Medusa, banking code aside: the floor under
  // the ratios above when the SQL itself takes a millisecond or two.
  async function floorWith(headers) {
    const floor = []
    for (let i = 0; i < WARMUP + CALLS; i++) {
      const t = performance.now()
      const response = await fetch(`${BASE}/admin/users/me`, { headers })
      await response.json()
      if (!response.ok) throw new Error(`/admin/users/me: ${response.status}`)
      if (i >= WARMUP) floor.push(performance.now() - t)
    }
    return stats(floor)
  }
  const floorStats = await floorWith(asAdmin)
  const bearerFloorStats = await floorWith({ authorization: `Bearer ${token}` })
  step(
    `timed ${CALLS} calls per scenario after ${WARMUP} warm-up calls (route and SQL answers identical; ` +
      `load average ${os.loadavg()[0].toFixed(2)})`
  )

  console.log("")
  console.log(
    `scenario          | calls | rows/call | route median / p95 ms | SQL median / p95 ms | p95 ratio | target <= ${TARGET_RATIO}x`
  )
  console.log(
    `------------------|-------|-----------|-----------------------|---------------------|-----------|------------`
  )
  for (const r of results) {
    const ratio = r.route.p95 / r.raw.p95
    console.log(
      `${r.scenario.name.padEnd(17)} | ${String(CALLS).padStart(5)} | ${r.rowsPerCall.toFixed(1).padStart(9)} | ` +
        `${fmt(r.route.median)} / ${fmt(r.route.p95)}     | ${fmt(r.raw.median)} / ${fmt(r.raw.p95)}   | ` +
        `${ratio.toFixed(2).padStart(8)}x | ${ratio <= TARGET_RATIO ? "PASS" : "MISS"}`
    )
  }
  for (const r of results) console.log(`  ${r.scenario.name}: ${r.scenario.description}`)
  console.log(
    `  SQL side: the route's page and count queries at once on two pooled connections, as the service runs them.`
  )
  console.log(
    `  Medusa's own floor, GET /admin/users/me (authenticated, no banking code): median ${floorStats.median.toFixed(2)} / p95 ${floorStats.p95.toFixed(2)} ms with the admin's session cookie, ` +
      `${bearerFloorStats.median.toFixed(2)} / ${bearerFloorStats.p95.toFixed(2)} ms with a bearer token`
  )

  // The plans: printed for the first filtered call and the keyset pages (middle, last), checked
  // for every timed call.
  const first = (name) => plan.find((scenario) => scenario.name === name).timed[0]
  const filtered = first("lines, filtered")
  for (const [name, call, query] of [
    ["filtered page", filtered, filtered.queries[0]],
    ["filtered count", filtered, filtered.queries[1]],
    ["middle page", first("lines, middle page"), first("lines, middle page").queries[0]],
    ["last page", first("lines, last page"), first("lines, last page").queries[0]],
  ]) {
    const { rows } = await pool.query(`explain (analyze, buffers) ${query.sql}`, query.bindings)
    console.log("")
    console.log(`EXPLAIN (ANALYZE, BUFFERS) of the ${name} query, ${routePath(call)}:`)
    console.log(`  ${query.sql}`)
    console.log(`  bindings: ${JSON.stringify(query.bindings)}`)
    for (const row of rows) console.log(`  ${row["QUERY PLAN"]}`)
  }
  console.log("")
  let seqScans = 0
  let planned = 0
  let firstSeqScan = null
  for (const scenario of plan) {
    let scenarioSeqScans = 0
    for (const call of scenario.timed) {
      for (const query of call.queries) {
        const { rows } = await pool.query(`explain ${query.sql}`, query.bindings)
        const text = rows.map((row) => row["QUERY PLAN"]).join("\n")
        planned++
        if (/Seq Scan on bank_transaction/.test(text)) {
          scenarioSeqScans++
          firstSeqScan ??= { call, text }
        }
      }
    }
    seqScans += scenarioSeqScans
    console.log(
      `  ${scenario.name}: ${scenarioSeqScans} of ${scenario.timed.length * scenario.timed[0].queries.length} plans scan bank_transaction sequentially`
    )
  }
  if (firstSeqScan) {
    console.log(`First such plan, ${routePath(firstSeqScan.call)}:`)
    console.log(firstSeqScan.text.replace(/^/gm, "  "))
  }
  console.log(
    `${seqScans === 0 ? "PASS" : "MISS"}  no sequential scan of bank_transaction in the ${planned} plans of the timed calls`
  )
  for (const r of results) {
    const ratio = r.route.p95 / r.raw.p95
    console.log(
      `${ratio <= TARGET_RATIO ? "PASS" : "MISS"}  ${r.scenario.name}: route p95 within ${TARGET_RATIO}x the SQL's: ${ratio.toFixed(2)}x`
    )
  }
  console.log(
    `load average now (1, 5, 15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")} on ${os.cpus().length} CPUs`
  )

  // Downloads of one feed holding every line (1,000,000): the server's RSS growth while it streams
  // the file and the time to the first byte, three times each, medians.
  since = Date.now()
  const [{ feed_id: bigFeed }] = (await pool.query("select id as feed_id from bank_feed order by id limit 1")).rows
  await pool.query("update bank_transaction set feed_id = $1", [bigFeed])
  await pool.query("vacuum analyze bank_transaction")
  step(`moved every line into one feed for the downloads (${seconds(since)})`)
  const exportChecks = []
  for (const format of ["csv", "ofx"]) {
    const runs = []
    for (let round = 0; round < 3; round++)
      runs.push(
        await timedDownload(
          server.pid,
          `${BASE}/admin/banking/feeds/${bigFeed}/transactions/export?format=${format}`,
          asAdmin
        )
      )
    const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[1]
    console.log(
      `${format.toUpperCase()} download of ${runs[0].lines.toLocaleString("en")} lines (${(runs[0].bytes / 1e6).toFixed(0)} MB): ` +
        `first byte ${runs.map((r) => r.firstByteMs.toFixed(0)).join(" / ")} ms, whole file ${runs.map((r) => (r.totalMs / 1000).toFixed(1)).join(" / ")} s, ` +
        `server RSS growth ${runs.map((r) => r.growthMb).join(" / ")} MB (load average ${os.loadavg()[0].toFixed(2)})`
    )
    exportChecks.push([
      `${format.toUpperCase()} download of 1,000,000 lines: RSS growth <= 64 MB: ${median("growthMb")} MB (median of 3)`,
      median("growthMb") <= 64,
    ])
    exportChecks.push([
      `${format.toUpperCase()} download of 1,000,000 lines: first byte within 500 ms: ${median("firstByteMs").toFixed(0)} ms (median of 3)`,
      median("firstByteMs") <= 500,
    ])
  }
  for (const [text, ok] of exportChecks) console.log(`${ok ? "PASS" : "MISS"}  ${text}`)
  step(`done (seeded lines: ${(SEED.feeds * SEED.linesPerFeed).toLocaleString("en")})`)
  await finish(0)
} catch (error) {
  console.error(error?.stack ?? error)
  await finish(1)
}

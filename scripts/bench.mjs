// `npm run bench` (first half): the import engine against the physical limit, in the same run and on
// the same schema. Each figure comes from a fresh Medusa process (`medusa exec`) on a fresh database,
// with the Flinks sandbox:
// - an import of 100,000 lines against a COPY of the very same rows into a table identical to
//   bank_transaction (indexes, checks and foreign keys), three times each, medians;
// - the peak RSS of a 1,000,000-line import against that of a 10,000-line one;
// - a refresh that brings nothing new with 1,000,000 lines stored against the same refresh with
//   10,000 stored, three times each, medians, and its RSS growth.
// Prints the load average with the figures, and PASS or MISS for each target. A MISS is printed, not
// an error: the exit code is non-zero only when the benchmark itself fails. Not part of `npm test`.
import { spawnSync } from "node:child_process"
import os from "node:os"
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { dropDatabases, ensureDatabase, ensurePostgres } = await import("./lib/database.mjs")
const { stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { MEDUSA_BIN, startSandbox } = await import("./lib/app.mjs")
const { sandboxFlinksEnv } = await import("./lib/demo-env.mjs")

const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 8484)
const postgres = await ensurePostgres({ folder: ".test-output", embeddedPort: 54330 })
const env = {
  ...process.env,
  NODE_ENV: "development",
  LOG_LEVEL: "error",
  MEDUSA_ADMIN_DISABLED: "true",
  // gc() before each measurement, so a figure does not carry the garbage of the one before.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
  // The schedules do not fire during a benchmark: 00:00 UTC on February 29th (next in 2028).
  // February 31st would be surer, but it is refused at boot as a schedule that never runs.
  FLINKS_SYNC_SCHEDULE: "0 0 29 2 *",
  FLINKS_MFA_SCHEDULE: "0 0 29 2 *",
  // Flinks answers GetAccountsDetail 202 first (so does the sandbox) while it prepares the data: the
  // import waits for Flinks then, and does nothing itself. Asked again every 10 ms, that wait, the
  // sandbox's stand-in for Flinks' own, stays out of the time measured against COPY.
  FLINKS_POLL_INTERVAL_MS: "10",
  ...sandboxFlinksEnv(SANDBOX_PORT),
  FLINKS_SANDBOX_PORT: String(SANDBOX_PORT),
}

async function finish(code) {
  await stopAll()
  await postgres.stop()
  process.exit(code)
}

startSandbox(env, "ignore")
if (!(await waitForHttp(`http://localhost:${SANDBOX_PORT}/__sandbox/clock`, 20_000))) {
  console.error("The Flinks sandbox did not start.")
  await finish(1)
}

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(" ")

// BENCH_ONLY=import_100k (a comma-separated list) runs only those figures, e.g. while tuning one.
const only = process.env.BENCH_ONLY?.split(",")

async function run(name, settings) {
  if (only && !only.includes(name)) return null
  const database = `medusa_flinks_bench_${name}`
  await dropDatabases(postgres, database)
  await ensureDatabase(postgres, database)
  const runEnv = { ...env, DATABASE_URL: postgres.url(database), ...settings }
  const migrate = spawnSync(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env: runEnv, encoding: "utf8" })
  if (migrate.status !== 0) throw new Error(`migration failed:\n${migrate.stdout}\n${migrate.stderr}`)
  const bench = spawnSync(MEDUSA_BIN, ["exec", "./bench/import-benchmark.ts"], {
    cwd: ROOT,
    env: runEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = `${bench.stdout}\n${bench.stderr}`.split("\n").find((text) => text.includes("BENCH_RESULT "))
  if (!line) throw new Error(`the benchmark run failed:\n${bench.stdout.slice(-4000)}\n${bench.stderr.slice(-4000)}`)
  await dropDatabases(postgres, database)
  const result = JSON.parse(line.slice(line.indexOf("BENCH_RESULT ") + "BENCH_RESULT ".length))
  console.log(`${name}: ${JSON.stringify(result)} | load average ${loadAverage()}`)
  return result
}

try {
  console.log(`load average before: ${loadAverage()} (${os.cpus().length} cores)`)
  const speed = await run("import_100k", {
    BENCH_MODE: "import",
    BENCH_LINES: "100000",
    BENCH_REPEAT: process.env.BENCH_REPEAT ?? "3",
  })
  const small = await run("import_10k", { BENCH_MODE: "import", BENCH_LINES: "10000", BENCH_REPEAT: "1" })
  const large = await run("import_1m", { BENCH_MODE: "import", BENCH_LINES: "1000000", BENCH_REPEAT: "1" })
  const refresh = await run("refresh", { BENCH_MODE: "refresh", BENCH_REPEAT: "3", BENCH_STORED: "1000000" })

  if (only) await finish(0)
  const importRatio = speed.importMedianMs / speed.copyMedianMs
  const memoryRatio = large.peakRssMb / small.peakRssMb
  const refreshRatio = refresh.largeMedianMs / refresh.smallMedianMs
  const checks = [
    [
      `import of 100,000 lines <= 1.5x COPY of the same rows: ${speed.importMedianMs} ms against ${speed.copyMedianMs} ms, ${importRatio.toFixed(2)}x`,
      importRatio <= 1.5,
    ],
    [
      `peak RSS of a 1,000,000-line import <= 1.25x that of a 10,000-line import: ${large.peakRssMb} MB against ${small.peakRssMb} MB, ${memoryRatio.toFixed(2)}x`,
      memoryRatio <= 1.25,
    ],
    [
      `refresh bringing nothing new, ${refresh.stored.toLocaleString("en-CA")} lines stored <= 1.5x with 10,000 stored: ${refresh.largeMedianMs} ms against ${refresh.smallMedianMs} ms, ${refreshRatio.toFixed(2)}x`,
      refreshRatio <= 1.5,
    ],
    [
      `that refresh's RSS growth <= 64 MB: ${refresh.largeGrowthMb} MB (median; at most ${refresh.largeMaxGrowthMb} MB)`,
      refresh.largeMaxGrowthMb <= 64,
    ],
  ]
  console.log(`load average after: ${loadAverage()}`)
  for (const [text, ok] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${text}`)
  await finish(0)
} catch (error) {
  console.error(error.message ?? error)
  await finish(1)
}

// `npm run bench`: the import engine against a raw bulk insert, at 10,000 and 100,000 lines for one
// account, each in a fresh Medusa process on a fresh database, with the Flinks sandbox. Prints the
// figures and whether the targets hold. Not part of `npm test`.
import { spawnSync } from "node:child_process"
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { dropDatabases, ensureDatabase, ensurePostgres } = await import("./lib/database.mjs")
const { stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { MEDUSA_BIN, startSandbox } = await import("./lib/app.mjs")
const { sandboxFlinksEnv } = await import("./lib/demo-env.mjs")

const SANDBOX_PORT = 8484
const postgres = await ensurePostgres({ folder: ".test-output", embeddedPort: 54330 })
const env = {
  ...process.env,
  NODE_ENV: "development",
  LOG_LEVEL: "error",
  MEDUSA_ADMIN_DISABLED: "true",
  // The schedules do not fire during a benchmark: 00:00 UTC on February 29th (next in 2028).
  // February 31st would be surer, but it is refused at boot as a schedule that never runs.
  FLINKS_SYNC_SCHEDULE: "0 0 29 2 *",
  FLINKS_MFA_SCHEDULE: "0 0 29 2 *",
  FLINKS_POLL_INTERVAL_MS: "200",
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

function run(lines) {
  const database = `medusa_flinks_bench_${lines}`
  return (async () => {
    await dropDatabases(postgres, database)
    await ensureDatabase(postgres, database)
    const runEnv = { ...env, DATABASE_URL: postgres.url(database), BENCH_LINES: String(lines) }
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
    return JSON.parse(line.slice(line.indexOf("BENCH_RESULT ") + "BENCH_RESULT ".length))
  })()
}

try {
  const small = await run(10_000)
  const large = await run(100_000)
  const ratio = large.importMs / large.rawInsertMs
  const secondShare = large.secondImportMs / large.importMs
  const memoryGrowth = large.peakRssMb / small.peakRssMb
  const row = (r) =>
    `${String(r.lines).padStart(7)} lines | import ${r.importMs} ms | raw insert ${r.rawInsertMs} ms | ratio ${(r.importMs / r.rawInsertMs).toFixed(2)}x | second import ${r.secondImportMs} ms | peak RSS ${r.peakRssMb} MB`
  console.log(row(small))
  console.log(row(large))
  const checks = [
    [`import within 3x the raw insert (100,000 lines): ${ratio.toFixed(2)}x`, ratio <= 3],
    [`second import under half the first: ${(secondShare * 100).toFixed(1)}%`, secondShare < 0.5],
    [`peak memory at 100,000 under 1.5x that at 10,000: ${memoryGrowth.toFixed(2)}x`, memoryGrowth < 1.5],
  ]
  for (const [text, ok] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${text}`)
  await finish(0)
} catch (error) {
  console.error(error.message ?? error)
  await finish(1)
}

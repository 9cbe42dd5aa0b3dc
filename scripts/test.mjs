// `npm test`: unit, contract, module and HTTP tests against a real PostgreSQL, ending with one line
// "N passed, N failed". Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { dropDatabases, ensurePostgres } = await import("./lib/database.mjs")

const outputDir = path.join(ROOT, ".test-output")
mkdirSync(outputDir, { recursive: true })

const postgres = await ensurePostgres({ folder: ".test-output", embeddedPort: 54330 })
// Every run names its databases after its own id (integration-tests/test-database-name.ts), so runs
// sharing one PostgreSQL never touch each other's; at the end it drops what it left, and only that.
const runId = randomBytes(4).toString("hex")
const runDatabases = `medusa-plugin-flinks-${runId}-%`
// Per run too, so two runs in one checkout never read each other's counts.
const resultsFile = path.join(outputDir, `jest-results-${runId}.json`)
console.log(`Tests use ${postgres.source}, databases ${runDatabases}.`)

const jestArgs = [
  path.join(ROOT, "node_modules", "jest", "bin", "jest.js"),
  "--runInBand",
  "--json",
  `--outputFile=${resultsFile}`,
  ...process.argv.slice(2),
]
const env = {
  ...process.env,
  NODE_ENV: "test",
  BANKING_TEST_RUN_ID: runId,
  // Medusa logs every migration at "info": thousands of lines that bury the results.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  DB_HOST: postgres.host,
  DB_PORT: String(postgres.port),
  DB_USERNAME: postgres.user,
  DB_PASSWORD: postgres.password,
  // The HTTP test runner loads the app's modules through dynamic imports.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules", "--no-warnings=ExperimentalWarning"]
    .filter(Boolean)
    .join(" "),
}
delete env.DATABASE_URL

const child = spawn(process.execPath, jestArgs, { cwd: ROOT, env, stdio: "inherit" })
const stopChild = () => child.kill("SIGINT")
process.on("SIGINT", stopChild)
process.on("SIGTERM", stopChild)
const exitCode = await new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)))
await dropDatabases(postgres, runDatabases)
await postgres.stop()

let passed = 0
let failed = 0
try {
  const results = JSON.parse(readFileSync(resultsFile, "utf8"))
  passed = results.numPassedTests
  // A suite that cannot even load counts as a failure, not as zero tests.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites
} catch {
  failed = Math.max(failed, 1)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(exitCode !== 0 || failed > 0 ? exitCode || 1 : 0)

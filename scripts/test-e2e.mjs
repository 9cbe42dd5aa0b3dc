// `npm run test:e2e`: builds the app as a merchant would run it (`medusa build`), migrates a fresh
// database of this run's own, then runs the browser tests with Playwright (playwright.config.ts),
// which starts the Flinks sandbox, the mailbox and Medusa and drives the admin in Debian's chromium.
// Screenshots the stories take go to .test-output/screenshots; a failed story leaves its screenshot
// and trace in .test-output/playwright. Ends with one line "N passed, N failed".
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { randomBytes } from "node:crypto"
import path from "node:path"
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { dropDatabases, ensureDatabase, ensurePostgres } = await import("./lib/database.mjs")
const { runOrExit } = await import("./lib/processes.mjs")
const { MEDUSA_BIN, migrateAndSeed } = await import("./lib/app.mjs")
const { countLine } = await import("./lib/playwright-results.mjs")
const { sandboxFlinksEnv } = await import("./lib/demo-env.mjs")

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
if (!existsSync(chromium)) {
  console.error(`No chromium at ${chromium}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}

const MEDUSA_PORT = Number(process.env.E2E_MEDUSA_PORT ?? 9100)
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8383)
const MAILBOX_SMTP_PORT = Number(process.env.E2E_MAILBOX_SMTP_PORT ?? 2526)
const MAILBOX_HTTP_PORT = Number(process.env.E2E_MAILBOX_HTTP_PORT ?? 8026)
const MAILBOX_URL = `http://127.0.0.1:${MAILBOX_HTTP_PORT}`
// A database of this run's own (dropped at the end), so runs sharing one PostgreSQL never collide.
const DATABASE = process.env.E2E_DATABASE ?? `medusa_flinks_e2e_${randomBytes(4).toString("hex")}`
const outputDir = path.join(ROOT, ".test-output")
// The server's own output (stdout and stderr, nothing else) in one file: a browser test reads all of
// it for secrets. Building, migrating, the sandbox and the mailbox write to another.
const serverLogFile = path.join(outputDir, "e2e-server.log")
const logFile = path.join(outputDir, "e2e-setup.log")
const resultsFile = path.join(outputDir, "e2e-results.json")
mkdirSync(outputDir, { recursive: true })
rmSync(resultsFile, { force: true })

const postgres = await ensurePostgres({ folder: ".test-output", embeddedPort: 54330 })
await dropDatabases(postgres, DATABASE)
await ensureDatabase(postgres, DATABASE)

// Run as a merchant would in production: NODE_ENV=production serves the built admin and makes the
// plugin insist on an encryption key.
const env = {
  ...process.env,
  NODE_ENV: "production",
  FLINKS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  PORT: String(MEDUSA_PORT),
  DATABASE_URL: postgres.url(DATABASE),
  FLINKS_SANDBOX_PORT: String(SANDBOX_PORT),
  ...sandboxFlinksEnv(SANDBOX_PORT),
  ADMIN_CORS: `http://localhost:${MEDUSA_PORT}`,
  AUTH_CORS: `http://localhost:${MEDUSA_PORT}`,
  MEDUSA_ADMIN_URL: `http://localhost:${MEDUSA_PORT}/app`,
  // The import and MFA jobs would run in the middle of the stories, so they are due only at 00:00
  // UTC on February 29th (next in 2028; February 31st is refused at boot as a schedule that never
  // runs); the tests trigger imports and MFA checks themselves, as a merchant does from the screens.
  FLINKS_SYNC_SCHEDULE: "0 0 29 2 *",
  FLINKS_MFA_SCHEDULE: "0 0 29 2 *",
  // The MFA emails go over SMTP to the local mailbox, whose inbox the tests read.
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(MAILBOX_SMTP_PORT),
  MAILBOX_SMTP_PORT: String(MAILBOX_SMTP_PORT),
  MAILBOX_HTTP_PORT: String(MAILBOX_HTTP_PORT),
}
// The server logs as it would in production: Medusa's default level ("http", which includes the
// access log) and no LOG_FILE, so that everything it logs reaches the file the tests read.
delete env.LOG_LEVEL
delete env.LOG_FILE

async function finish(code) {
  if (!process.env.E2E_DATABASE) await dropDatabases(postgres, DATABASE).catch(() => {})
  await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => finish(130))

console.log("Building the app (medusa build)...")
const log = openSync(logFile, "w")
const quiet = ["ignore", log, log]
if (
  !runOrExit("medusa build", MEDUSA_BIN, ["build"], { cwd: ROOT, env, stdio: quiet }) ||
  !migrateAndSeed(env, quiet)
) {
  console.error(`See ${path.relative(ROOT, logFile)}.`)
  console.log("0 passed, 1 failed")
  await finish(1)
}

// tsconfig.json leaves medusa-config.ts out so that the published plugin does not ship it; the app
// build needs it, so it is compiled here.
const { default: ts } = await import("typescript")
const configSource = readFileSync(path.join(ROOT, "medusa-config.ts"), "utf8")
const { outputText } = ts.transpileModule(configSource, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
})
writeFileSync(path.join(ROOT, ".medusa", "server", "medusa-config.js"), outputText)

// Playwright starts the sandbox, the mailbox and the built Medusa (playwright.config.ts) and stops
// them when the tests end; file arguments pick a subset.
writeFileSync(serverLogFile, "")
const playwright = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js")
const passed = runOrExit("The browser tests", process.execPath, [playwright, "test", ...process.argv.slice(2)], {
  cwd: ROOT,
  env: {
    ...env,
    NODE_ENV: "test",
    BANKING_E2E_BASE_URL: `http://localhost:${MEDUSA_PORT}`,
    BANKING_E2E_MAILBOX_URL: MAILBOX_URL,
    BANKING_E2E_SERVER_LOG: serverLogFile,
  },
})

console.log(countLine(resultsFile))
await finish(passed ? 0 : 1)

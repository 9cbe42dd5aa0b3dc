// `npm run demo`: a Medusa server with the plugin, the Flinks sandbox and a seeded admin user, on
// DATABASE_URL, else the PostgreSQL on localhost:5432, else an embedded one. Ctrl-C stops it all.
import { ensureDependencies, ROOT } from "./lib/dependencies.mjs"

ensureDependencies()
const { ensureDatabase, ensurePostgres } = await import("./lib/database.mjs")
const { startProcess, stopAll, waitForHttp } = await import("./lib/processes.mjs")
const { MEDUSA_BIN, migrateAndSeed, startMailbox, startSandbox } = await import("./lib/app.mjs")
const { SANDBOX_PORT, sandboxFlinksEnv } = await import("./lib/demo-env.mjs")

const MEDUSA_PORT = Number(process.env.PORT ?? 9000)
const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT ?? 1025)
const MAILBOX_HTTP_PORT = Number(process.env.MAILBOX_HTTP_PORT ?? 8025)

const postgres = await ensurePostgres({ folder: ".demo", embeddedPort: 54329 })
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  await ensureDatabase(postgres, "medusa_flinks_demo")
  databaseUrl = postgres.url("medusa_flinks_demo")
} else {
  // The database DATABASE_URL names is created when missing, as the default one is.
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""))
  if (name) {
    await ensureDatabase(postgres, name).catch((error) =>
      console.warn(
        `Could not create the database "${name}" that DATABASE_URL names (${error.message}). Create it, then run the demo again.`
      )
    )
  }
}

const env = {
  ...process.env,
  NODE_ENV: "development",
  PORT: String(MEDUSA_PORT),
  DATABASE_URL: databaseUrl,
  FLINKS_SANDBOX_PORT: String(SANDBOX_PORT),
  ...sandboxFlinksEnv(SANDBOX_PORT),
  // MFA emails go to the local mailbox; the background MFA check runs every five minutes.
  MAILBOX_SMTP_PORT: String(MAILBOX_SMTP_PORT),
  MAILBOX_HTTP_PORT: String(MAILBOX_HTTP_PORT),
  SMTP_HOST: process.env.SMTP_HOST ?? "127.0.0.1",
  SMTP_PORT: process.env.SMTP_PORT ?? String(MAILBOX_SMTP_PORT),
  MEDUSA_ADMIN_URL: process.env.MEDUSA_ADMIN_URL ?? `http://localhost:${MEDUSA_PORT}/app`,
  FLINKS_MFA_SCHEDULE: process.env.FLINKS_MFA_SCHEDULE ?? "*/5 * * * *",
}

let shuttingDown = false
async function shutDown(code = 0) {
  if (shuttingDown) return
  shuttingDown = true
  console.log("\nStopping the demo...")
  await stopAll()
  await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutDown(0))
process.on("SIGTERM", () => shutDown(0))

console.log(`Database: ${postgres.source}.`)
if (!migrateAndSeed(env)) {
  await shutDown(1)
}
startSandbox(env)
if (!process.env.SMTP_HOST) startMailbox(env)
const server = startProcess("Medusa", MEDUSA_BIN, ["develop"], { cwd: ROOT, env })

const ready = await waitForHttp(`http://localhost:${MEDUSA_PORT}/health`, 180_000, server)
if (!ready) {
  console.error("Medusa did not answer on /health within 3 minutes; see its output above.")
  await shutDown(1)
}
const { DEMO_ADMIN_EMAIL = "admin@example.com", DEMO_ADMIN_PASSWORD = "flinks-demo" } = process.env
console.log(`
  The demo is running.
    Admin:          http://localhost:${MEDUSA_PORT}/app   (Banking is in the sidebar)
    Log in with:    ${DEMO_ADMIN_EMAIL} / ${DEMO_ADMIN_PASSWORD}
    Flinks sandbox: http://localhost:${SANDBOX_PORT}  (test bank Flinks Capital: Greatday / Everyday)
    Mailbox:        http://localhost:${MAILBOX_HTTP_PORT}  (the MFA emails the demo sends)
    Database:       ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}
  Press Ctrl-C to stop everything.
`)

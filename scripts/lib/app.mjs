// What the demo and the browser tests both do before starting Medusa: migrate, seed, start the sandbox.
import path from "node:path"
import { ROOT } from "./dependencies.mjs"
import { runOrExit, startProcess } from "./processes.mjs"

export const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")

/** Migrates the database and seeds the demo admin and chart of accounts. Returns false on failure. */
export function migrateAndSeed(env, stdio = "inherit") {
  return (
    runOrExit("Migrating the database", MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio }) &&
    runOrExit("Seeding the demo", MEDUSA_BIN, ["exec", "./scripts/seed-demo.ts"], { cwd: ROOT, env, stdio })
  )
}

export function startSandbox(env, stdio = "inherit") {
  return startProcess("The Flinks sandbox", process.execPath, [path.join(ROOT, "scripts", "sandbox.mjs")], {
    cwd: ROOT,
    env,
    stdio,
  })
}

/** The local mail server the MFA emails go to (SMTP on MAILBOX_SMTP_PORT, inbox on MAILBOX_HTTP_PORT). */
export function startMailbox(env, stdio = "inherit") {
  return startProcess("The local mailbox", process.execPath, [path.join(ROOT, "scripts", "mailbox.mjs")], {
    cwd: ROOT,
    env,
    stdio,
  })
}

// The browser tests (`npm run test:e2e`). scripts/test-e2e.mjs builds the app, makes this run's
// database and migrates it, then runs Playwright with this file, which starts the Flinks sandbox, the
// local mailbox and the built Medusa as web servers (a web server starts before any global setup
// would, so the build and the migrations cannot be one) and stops them at the end.
import path from "node:path"
import { defineConfig } from "@playwright/test"

const ROOT = __dirname
const MEDUSA_PORT = Number(process.env.E2E_MEDUSA_PORT ?? 9100)
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8383)
const MAILBOX_HTTP_PORT = Number(process.env.E2E_MAILBOX_HTTP_PORT ?? 8026)
const OUTPUT = path.join(ROOT, ".test-output")
// The server's own output, and nothing else, in one file: a browser test reads all of it for secrets.
const SERVER_LOG = process.env.BANKING_E2E_SERVER_LOG ?? path.join(OUTPUT, "e2e-server.log")
// The sandbox and the mailbox write where the build and the migrations did.
const SETUP_LOG = path.join(OUTPUT, "e2e-setup.log")

const quote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`
/** A command whose whole output goes to `log` (the web server's own pipes would reach the console). */
const loggedTo = (log: string, command: string) => `exec ${command} >> ${quote(log)} 2>&1`
const node = quote(process.execPath)
const stop = { signal: "SIGTERM", timeout: 8_000 } as const
// The tests run as NODE_ENV=test; the server as a merchant runs it: NODE_ENV=production serves the
// built admin and makes the plugin insist on an encryption key.
const production = { NODE_ENV: "production" }

export default defineConfig({
  testDir: "integration-tests/e2e",
  testMatch: "**/*.e2e.ts",
  outputDir: path.join(OUTPUT, "playwright"),
  // The suites share one server and one sandbox login: one at a time, as a merchant's single admin.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  reporter: [["list"], ["json", { outputFile: path.join(OUTPUT, "e2e-results.json") }]],
  use: {
    viewport: { width: 1440, height: 900 },
    // Debian's chromium, never a downloaded browser; the flags keep it off the (closed) network.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    headless: true,
    // What the page showed, and how it got there, when a story fails (in .test-output/playwright).
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  webServer: [
    {
      name: "Flinks sandbox",
      command: loggedTo(SETUP_LOG, `${node} scripts/sandbox.mjs`),
      cwd: ROOT,
      url: `http://localhost:${SANDBOX_PORT}/__sandbox/state`,
      env: { ...production, FLINKS_SANDBOX_PORT: String(SANDBOX_PORT) },
      timeout: 30_000,
      gracefulShutdown: stop,
    },
    {
      name: "mailbox",
      command: loggedTo(SETUP_LOG, `${node} scripts/mailbox.mjs`),
      cwd: ROOT,
      url: `http://127.0.0.1:${MAILBOX_HTTP_PORT}/messages`,
      env: production,
      timeout: 30_000,
      gracefulShutdown: stop,
    },
    {
      name: "Medusa",
      // The built server resolves its packages from the repository's node_modules, two folders up.
      command: loggedTo(SERVER_LOG, `${quote(path.join(ROOT, "node_modules", ".bin", "medusa"))} start`),
      cwd: path.join(ROOT, ".medusa", "server"),
      url: `http://localhost:${MEDUSA_PORT}/health`,
      env: { ...production, PORT: String(MEDUSA_PORT) },
      timeout: 120_000,
      gracefulShutdown: stop,
    },
  ],
})

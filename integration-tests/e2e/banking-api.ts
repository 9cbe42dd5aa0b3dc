import { Page } from "@playwright/test"
import { BASE_URL } from "./browser"
import { connectFlinksCapital } from "./flinks-widget"

/**
 * The HTTP set-up the browser stories share: the plugin's admin routes through the logged-in page's
 * session, the sandbox's control routes, and a Flinks Capital feed linked when a story needs one.
 */
export const SANDBOX_URL =
  process.env.BANKING_E2E_SANDBOX_URL ?? `http://localhost:${process.env.FLINKS_SANDBOX_PORT ?? 8383}`

export type Connection = {
  id: string
  provider: string
  institution_name: string
  accounts: { id: string; title: string; feed: { id: string } | null }[]
}

/** The parts of a sync run (GET /admin/banking/sync-runs/:id) the stories read. */
export type SyncRun = {
  id: string
  kind: "import" | "mfa_check"
  status: string
  in_progress: boolean
  phase: string | null
  message: string | null
  feeds: { feed_id: string; status: string; inserted: number; duplicates: number }[]
  check: { outcome: string; mfa_request_id: string | null; notified: boolean } | null
}

export async function adminJson<T>(page: Page, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${BASE_URL}${path}`, { method, data })
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`)
  return (await response.json()) as T
}

export async function sandbox<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

export type SandboxLogin = {
  loginId: string
  country: string
  username: string
  language: string
  mfaRequired: boolean
  accounts: { id: string; title: string; currency: string }[] | null
}

/** Greatday's current login at the sandbox (Flinks Capital, Canada): the one every browser test signs in with. */
export async function greatdayLogin(): Promise<SandboxLogin> {
  const { logins } = await sandbox<{ logins: SandboxLogin[] }>("GET", "/__sandbox/state")
  const login = logins.find((item) => item.country === "CA" && item.username === "Greatday" && item.language === "en")
  if (!login) throw new Error("The sandbox knows no Greatday login")
  return login
}

/**
 * Waits until the run has ended: Link, Refresh and Check Now answer at once and the work goes on
 * in the background, and a story's next step may need the connection free again.
 */
export async function waitForSyncRun(page: Page, id: string, timeoutMs = 60_000): Promise<SyncRun> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { sync_run } = await adminJson<{ sync_run: SyncRun }>(page, "GET", `/admin/banking/sync-runs/${id}`)
    if (!sync_run.in_progress) return sync_run
    if (Date.now() > deadline)
      throw new Error(`Sync run ${id} still ${sync_run.status} (${sync_run.phase}) after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Refresh through the API, waiting for the import to end (the screens are not under test here). */
export async function refreshFeed(page: Page, feedId: string): Promise<SyncRun> {
  const { sync_run } = await adminJson<{ sync_run: SyncRun }>(page, "POST", `/admin/banking/feeds/${feedId}/refresh`)
  return waitForSyncRun(page, sync_run.id)
}

/**
 * Makes Flinks (the sandbox) slow to answer the next `endpoint` call, so that an import or a bank
 * check lasts long enough for a story to watch it run. `clearFaults` takes it back.
 */
export async function slowDown(endpoint: "GetAccountsDetail" | "Authorize", delayMs: number) {
  await sandbox("POST", "/__sandbox/faults", { endpoint, kind: "slow", delayMs, times: 1 })
}

export async function clearFaults() {
  await sandbox("DELETE", "/__sandbox/faults")
}

/** YYYY-MM-DD, `days` before today in UTC (never after the server's today, whatever the zone). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** The Flinks Capital connections of Flinks Canada, asked through the admin's own session. */
export async function flinksCapitalConnections(page: Page): Promise<Connection[]> {
  const { connections } = await adminJson<{ connections: Connection[] }>(
    page,
    "GET",
    "/admin/banking/connections?limit=100"
  )
  return connections.filter(
    (connection) => connection.provider === "flinks-ca" && connection.institution_name === "Flinks Capital"
  )
}

/**
 * The suites share one database and may run alone or in any order: Flinks Capital connected (through
 * the widget if nobody did yet) and its account `title` linked to the ledger account `ledgerCode`
 * from 60 days back, unless it already is. Returns the linked feed.
 */
export async function linkedFlinksCapitalFeed<Feed extends { bank_account: { id: string } }>(
  page: Page,
  title: string,
  ledgerCode: string
): Promise<Feed> {
  if ((await flinksCapitalConnections(page)).length === 0) await connectFlinksCapital(page, BASE_URL)
  const [connection] = await flinksCapitalConnections(page)
  const account = connection.accounts.find((item) => item.title === title)!
  if (!account.feed) {
    const { ledger_accounts } = await adminJson<{ ledger_accounts: { id: string; code: string }[] }>(
      page,
      "GET",
      `/admin/banking/ledger-accounts?q=${ledgerCode}`
    )
    const ledger = ledger_accounts.find((item) => item.code === ledgerCode)!
    const linked = await adminJson<{ sync_run: SyncRun | null; sync_error: string | null }>(
      page,
      "POST",
      "/admin/banking/feeds",
      {
        bank_account_id: account.id,
        ledger_account_id: ledger.id,
        start_date: daysAgo(60),
      }
    )
    if (!linked.sync_run) throw new Error(`The first import of ${title} did not start: ${linked.sync_error}`)
    await waitForSyncRun(page, linked.sync_run.id)
  }
  const { feeds } = await adminJson<{ feeds: Feed[] }>(page, "GET", "/admin/banking/feeds?status=linked")
  return feeds.find((item) => item.bank_account.id === account.id)!
}

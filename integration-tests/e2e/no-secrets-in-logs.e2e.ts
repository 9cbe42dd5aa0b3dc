import { readFileSync } from "node:fs"
import { BrowserContext, Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { adminJson, Connection, daysAgo, greatdayLogin, sandbox, SyncRun, waitForSyncRun } from "./banking-api"
import { BASE_URL, logInHere, screenshot } from "./browser"
import { answerSecurityQuestions, widgetOf } from "./flinks-widget"
import { waitForMails } from "./mailbox"

/**
 * The server's whole output, stdout and stderr (scripts/test-e2e.mjs writes it there and says where),
 * logged at Medusa's default level: the access log is on.
 */
const SERVER_LOG = process.env.BANKING_E2E_SERVER_LOG

/** This suite's own recipient, account and ledger account: no other suite reads or links them. */
const RECIPIENT = "log-audit@example.com"
const ACCOUNT = "Line of Credit"
const LEDGER_CODE = "2020"
const RESUME_LINK = /http:\/\/localhost:\d+\/app\/banking\/resume#token=([^\s"<>]+)/

type Feed = { id: string; bank_account: { id: string } }
type ConnectSession = { state: string; connect_url: string }

/** Every secret these stories handle, and what it is: none may appear in the server's log. */
const secrets = new Map<string, string>()
const remember = (value: string | undefined, what: string) => value && !secrets.has(value) && secrets.set(value, what)

/** Remembers the state of every Connect session the server hands this page (connect, reconnect, resume). */
function rememberConnectStates(page: Page) {
  page.on("response", async (response) => {
    if (!response.url().startsWith(`${BASE_URL}/admin/banking/`)) return
    const body = await response.json().catch(() => null)
    remember(body?.connect_session?.state, "a Connect session's state")
  })
}

/** Check Now, through the admin API, waiting for the bank's answer; another suite's import may hold the connection a moment. */
async function checkNow(page: Page, connectionId: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { sync_run } = await adminJson<{ sync_run: SyncRun }>(
        page,
        "POST",
        `/admin/banking/connections/${connectionId}/check`,
        {}
      )
      return await waitForSyncRun(page, sync_run.id)
    } catch (error) {
      if (attempt >= 60 || !/already running/.test(String(error))) throw error
      await page.waitForTimeout(1_000)
    }
  }
}

/** The connection's `title` account linked to `ledgerCode`, unless it already is. */
async function linkedFeed(page: Page, connectionId: string): Promise<Feed> {
  const { connections } = await adminJson<{ connections: Connection[] }>(
    page,
    "GET",
    "/admin/banking/connections?limit=100"
  )
  const account = connections.find((item) => item.id === connectionId)!.accounts.find((item) => item.title === ACCOUNT)!
  if (!account.feed) {
    const { ledger_accounts } = await adminJson<{ ledger_accounts: { id: string; code: string }[] }>(
      page,
      "GET",
      `/admin/banking/ledger-accounts?q=${LEDGER_CODE}`
    )
    const ledger = ledger_accounts.find((item) => item.code === LEDGER_CODE)!
    const { sync_run } = await adminJson<{ sync_run: SyncRun | null }>(page, "POST", "/admin/banking/feeds", {
      bank_account_id: account.id,
      ledger_account_id: ledger.id,
      start_date: daysAgo(30),
    })
    // The first import runs in the background; Check Now waits for the connection to be free.
    if (sync_run) await waitForSyncRun(page, sync_run.id, 120_000)
  }
  const { feeds } = await adminJson<{ feeds: Feed[] }>(page, "GET", "/admin/banking/feeds?status=linked")
  return feeds.find((item) => item.bank_account.id === account.id)!
}

test.describe("No secret in the server's log: a LoginId, a Connect state or a resume token never appears in a line", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 })
  let page: Page
  let linkContext: BrowserContext | undefined
  let connectionId = ""
  let feedId: string | undefined

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
    rememberConnectStates(page)
  })

  test.afterAll(async () => {
    // Other suites expect no feed but their own, and the shared sandbox login with no question pending.
    if (feedId) await adminJson(page, "POST", `/admin/banking/feeds/${feedId}/unlink`).catch(() => {})
    const login = await greatdayLogin().catch(() => null)
    if (login?.mfaRequired)
      await sandbox("POST", "/__sandbox/logins", { country: "CA", username: "Greatday" }).catch(() => {})
    await linkContext?.close()
    await page?.context().close()
  })

  test("connects Flinks Capital through Flinks' redirect to GET /flinks/redirect, then refuses the same redirect again", async () => {
    const { providers } = await adminJson<{ providers: { id: string; privacy_statement: { version: string } }[] }>(
      page,
      "GET",
      "/admin/banking/providers"
    )
    const version = providers.find((provider) => provider.id === "flinks-ca")!.privacy_statement.version
    const { connect_session: session } = await adminJson<{ connect_session: ConnectSession }>(
      page,
      "POST",
      "/admin/banking/connect-sessions",
      {
        provider: "flinks-ca",
        consent: { accepted: true, version },
        institution_id: "FlinksCapital",
      }
    )
    remember(session.state, "the redirect's Connect state")
    // Greatday signed in at Flinks: the LoginId Flinks hands back.
    const { loginId } = await sandbox<{ loginId: string }>("POST", "/__sandbox/logins", {
      country: "CA",
      username: "Greatday",
    })
    remember(loginId, "the LoginId")

    // As Flinks does: the redirectUrl it was given (which carries the state), with the login appended,
    // opened from the Connect page, whose own address carries the state too (as `tag`).
    const redirect = new URL(new URL(session.connect_url).searchParams.get("redirectUrl")!)
    redirect.searchParams.set("loginId", loginId)
    redirect.searchParams.set("institution", "FlinksCapital")
    redirect.searchParams.set("tag", session.state)
    expect(redirect.pathname).toBe("/flinks/redirect")
    expect(redirect.searchParams.get("state")).toBe(session.state)

    await page.goto(redirect.toString(), { referer: session.connect_url })
    await page.getByText("Your bank is connected.").waitFor()
    connectionId = /"connection_id":"([^"]+)"/.exec(await page.content())![1]
    await screenshot(page, "logs-01-redirect-connected")

    // An error answer goes through the same logging: the state is spent now.
    await page.goto(redirect.toString(), { referer: session.connect_url })
    await page.getByText("This bank sign-in was already used. Start again from Connect Bank Accounts.").waitFor()
    await screenshot(page, "logs-02-redirect-replayed")
  })

  test("opens the emailed resume link signed out, through the login page, and answers the bank on the Resume page", async ({
    browser,
  }) => {
    expect(connectionId).not.toBe("")
    await adminJson(page, "POST", "/admin/banking/settings", { mfa_notification_recipients: RECIPIENT })
    feedId = (await linkedFeed(page, connectionId)).id
    const { loginId } = await greatdayLogin()
    await sandbox("POST", `/__sandbox/logins/${loginId}/require-mfa`)
    const check = await checkNow(page, connectionId)
    expect(check.check).toMatchObject({ outcome: "mfa", notified: true })

    const [mail] = await waitForMails([RECIPIENT], 1)
    const link = RESUME_LINK.exec(mail?.text ?? "")
    expect(link).not.toBeNull()
    remember(decodeURIComponent(link![1]), "the resume token")

    linkContext = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const reader = await linkContext.newPage()
    rememberConnectStates(reader)
    await reader.goto(link![0])
    await reader.waitForURL(/\/app\/login/)
    await screenshot(reader, "logs-03-resume-login")
    await logInHere(reader)
    await reader.waitForURL(/\/app\/banking\/resume/)
    await reader
      .getByText("Your bank is asking for a verification. Answer its question below.")
      .waitFor({ timeout: 30_000 })
    // Read once, the token leaves the address bar.
    expect(reader.url()).toBe(`${BASE_URL}/app/banking/resume`)

    const widget = widgetOf(reader)
    await widget.locator("#mfa-prompt").waitFor({ timeout: 30_000 })
    await reader.waitForTimeout(300)
    await screenshot(reader, "logs-04-resume-question")
    // The widget's REDIRECT message completes the sign-in (POST .../connect-sessions/complete).
    await answerSecurityQuestions(reader, widget)
    await reader
      .getByTestId("resume-active")
      .getByText("Flinks Capital (Flinks Canada) accepted your answer: the connection is active again.")
      .waitFor({ timeout: 60_000 })
    await screenshot(reader, "logs-05-resume-active")
  })

  test("leaves none of those secrets in the server's log, which holds these requests", async () => {
    expect(SERVER_LOG).toBeTruthy()
    // The last lines are written when the responses end.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const log = readFileSync(SERVER_LOG!, "utf8")
    // Every LoginId the sandbox still knows, whichever suite signed it in.
    const { logins } = await sandbox<{ logins: { loginId: string }[] }>("GET", "/__sandbox/state")
    for (const login of logins) remember(login.loginId, "a LoginId")

    // The redirect's state and LoginId, the resume token, and the resume's own Connect state at least.
    expect(secrets.size).toBeGreaterThanOrEqual(4)
    // Each line that holds one, shown with every secret replaced by its name.
    const named = (line: string) =>
      [...secrets].reduce((text, [value, what]) => text.split(value).join(`<${what}>`), line)
    const leaks = log
      .split("\n")
      .filter((line) => [...secrets.keys()].some((value) => line.includes(value)))
      .map(named)
    expect(leaks).toEqual([])
    // Nor, from any suite, an address that names one in its query.
    expect(log.split("\n").filter((line) => /[?&](state|loginId|tag|token)=/.test(line))).toEqual([])

    // Not a silent log: the access log is on, and these are its lines for the stories above.
    expect(log).toContain("/flinks/redirect?[redacted]")
    expect(log).toContain("/app/banking/resume")
    expect(log).toContain("/admin/banking/connect-sessions/complete")
  })
})

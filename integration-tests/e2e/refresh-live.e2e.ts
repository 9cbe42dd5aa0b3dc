import { Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import {
  adminJson,
  flinksCapitalConnections,
  greatdayLogin,
  linkedFlinksCapitalFeed,
  sandbox,
  SyncRun,
  waitForSyncRun,
} from "./banking-api"
import { BASE_URL, screenshot } from "./browser"
import { answerSecurityQuestions, WIDGET_SELECTOR, widgetOf } from "./flinks-widget"

/** The account this suite reads; others link it too, so it is unlinked again at the end. */
const ACCOUNT = "Chequing CAD"
const LEDGER_CODE = "1010"
const QUESTION = "Flinks Capital (Flinks Canada) is asking a question"

type BankData = { as_of: string | null; stale: boolean; stale_after_hours: number }
type Feed = { id: string; line_count: number; bank_account: { id: string; title: string }; bank_data: BankData }
type LiveRun = SyncRun & {
  sign_in: string
  question: string | null
  bank_data_as_of: string | null
  started_at: string
}

/** Greatday's Chequing CAD at the sandbox, where the bank posts new lines. */
async function chequingAtTheBank() {
  const login = await greatdayLogin()
  const account = login.accounts?.find((item) => item.title === ACCOUNT && item.currency === "CAD")
  if (!account) throw new Error(`The sandbox's Greatday login has no ${ACCOUNT}`)
  return { loginId: login.loginId, accountId: account.id }
}

/** The bank posts `count` lines today, and its next live sign-in asks a question first. */
async function bankPostsLinesAndAsks(count: number) {
  const { loginId, accountId } = await chequingAtTheBank()
  await sandbox("POST", `/__sandbox/logins/${loginId}/accounts/${accountId}/transactions`, { count })
  await sandbox("POST", `/__sandbox/logins/${loginId}/require-mfa`)
}

/**
 * Flinks' copy as a background refresh left it two days ago: the sandbox's clock goes back, the
 * copy is refreshed, and the clock comes forward again. Nothing else runs meanwhile.
 */
async function flinksCopyTwoDaysOld() {
  const { loginId } = await chequingAtTheBank()
  await sandbox("POST", "/__sandbox/clock", { advanceDays: -2 })
  try {
    await sandbox("POST", `/__sandbox/logins/${loginId}/refresh`)
  } finally {
    await sandbox("POST", "/__sandbox/clock", { advanceDays: 2 })
  }
}

/**
 * Leaves Chequing CAD as the other suites expect to find it (link-feed.e2e.ts links it and counts
 * what its first import brings): the connection deleted with its lines, as manage-accounts.e2e.ts
 * ends, so that the next suite connects a fresh login. Flinks refuses to delete a login for a few
 * seconds after a live sign-in (CARD_IN_USE), so this tries again for a while.
 */
async function deleteConnectionOfFeed(page: Page, feedId: string) {
  const connection = (await flinksCapitalConnections(page)).find((item) =>
    item.accounts.some((account) => account.feed?.id === feedId || account.title === ACCOUNT)
  )
  if (!connection) return
  for (const account of connection.accounts) {
    if (account.feed) await adminJson(page, "POST", `/admin/banking/feeds/${account.feed.id}/unlink`).catch(() => {})
  }
  const deadline = Date.now() + 60_000
  for (;;) {
    const response = await page.request.delete(
      `${BASE_URL}/admin/banking/connections/${connection.id}?keep_transactions=false`
    )
    if (response.ok() || Date.now() > deadline) return
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
}

async function feedOf(page: Page, feedId: string): Promise<Feed> {
  const { feeds } = await adminJson<{ feeds: Feed[] }>(page, "GET", "/admin/banking/feeds?status=all")
  return feeds.find((feed) => feed.id === feedId)!
}

async function runOf(page: Page, id: string): Promise<LiveRun> {
  return (await adminJson<{ sync_run: LiveRun }>(page, "GET", `/admin/banking/sync-runs/${id}`)).sync_run
}

/** The instant as this browser words it ("Dec 2, 10:04 AM"): the screen shows it in the browser's zone. */
function browserMoment(page: Page, iso: string): Promise<string> {
  return page.evaluate((value) => {
    const date = new Date(value)
    const sameYear = date.getFullYear() === new Date().getFullYear()
    return new Intl.DateTimeFormat(undefined, {
      year: sameYear ? undefined : "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    }).format(date)
  }, iso)
}

/** Clicks Refresh Transactions and returns the run it started (from the route's own answer). */
async function clickRefresh(page: Page): Promise<string> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (answer) => /\/admin\/banking\/feeds\/[^/]+\/refresh$/.test(answer.url()) && answer.request().method() === "POST"
    ),
    page.getByRole("button", { name: "Refresh Transactions" }).click(),
  ])
  const { sync_run } = (await response.json()) as { sync_run: SyncRun }
  return sync_run.id
}

async function openFeedInStatementCentre(page: Page, feedId: string) {
  await page.goto(`${BASE_URL}/app/banking/statements?feed=${feedId}`)
  await page
    .getByTestId("selected-feed")
    .getByRole("heading", { name: new RegExp(`^${ACCOUNT}`) })
    .waitFor()
}

test.describe("Refresh Transactions signs in live at the bank", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 })
  let page: Page
  let feedId: string | undefined

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1280, height: 900 } })
  })

  test.afterAll(async () => {
    // The suites share the sandbox's login: no question pending, and Flinks' copy of today.
    const login = await greatdayLogin().catch(() => null)
    if (login?.mfaRequired)
      await sandbox("POST", "/__sandbox/logins", { country: "CA", username: "Greatday" }).catch(() => {})
    if (login) await sandbox("POST", `/__sandbox/logins/${login.loginId}/refresh`).catch(() => {})
    // Other suites expect no feed but their own, and a Chequing CAD with no lines yet.
    if (feedId) await deleteConnectionOfFeed(page, feedId).catch(() => {})
    await page?.context().close()
  })

  test("opens the bank's question right on the Statement Centre, and imports today's lines once it is answered", async () => {
    const feed = await linkedFlinksCapitalFeed<Feed>(page, ACCOUNT, LEDGER_CODE)
    feedId = feed.id
    await bankPostsLinesAndAsks(3)
    await openFeedInStatementCentre(page, feed.id)

    const runId = await clickRefresh(page)
    // The bank asks: the progress line says so, and Flinks Connect opens at that question.
    const dialog = page.getByRole("dialog", { name: QUESTION })
    await dialog.waitFor({ timeout: 30_000 })
    await page.getByTestId("refresh-progress").filter({ hasText: QUESTION }).waitFor()
    await dialog
      .getByText("Answer the question from Flinks Capital (Flinks Canada) to bring in today's transactions.", {
        exact: false,
      })
      .waitFor()
    const widget = widgetOf(page)
    await widget.locator("#mfa-prompt").waitFor({ timeout: 30_000 })
    expect(await widget.getByLabel("Password").count()).toBe(0)
    expect(await runOf(page, runId)).toMatchObject({
      in_progress: true,
      phase: "waiting_for_answer",
      sign_in: "live",
      question: "asked",
    })
    await page.waitForTimeout(300)
    await screenshot(page, "refresh-live-question")

    await answerSecurityQuestions(page, widget)
    await dialog.waitFor({ state: "detached", timeout: 60_000 })
    await page.getByText("Flinks Capital (Flinks Canada) accepted your answer").waitFor({ timeout: 30_000 })

    const outcome = page.getByTestId("refresh-outcome")
    await outcome.waitFor({ timeout: 60_000 })
    const run = await waitForSyncRun(page, runId)
    const live = await runOf(page, run.id)
    expect(live).toMatchObject({ status: "succeeded", sign_in: "live", question: "answered" })
    // Fresh: Flinks reached the bank during this very run.
    expect(new Date(live.bank_data_as_of!).getTime()).toBeGreaterThanOrEqual(
      new Date(live.started_at).getTime() - 1_000
    )
    const asOf = await browserMoment(page, live.bank_data_as_of!)
    expect(await outcome.textContent()).toMatch(
      new RegExp(`^3 new lines, \\d+ duplicates?(, \\d+ skipped)? · bank data as of ${asOf}`)
    )
    // The feed's header says the same, with no warning.
    const header = page.getByTestId("selected-feed")
    await header
      .getByTestId("bank-data-as-of")
      .filter({ hasText: `Bank data as of ${asOf}` })
      .waitFor({ timeout: 30_000 })
    expect(await header.getByTestId("bank-data-stale").count()).toBe(0)

    // The three lines of today are in the table.
    const today = new Date().toISOString().slice(0, 10)
    const { transactions } = await adminJson<{ transactions: { id: string; date: string }[] }>(
      page,
      "GET",
      `/admin/banking/feeds/${feed.id}/transactions?limit=50&date_from=${today}`
    )
    expect(transactions.length).toBeGreaterThanOrEqual(3)
    await page.getByRole("button", { name: "Detailed View" }).click()
    const lines = page.getByRole("table", { name: "Bank lines" }).getByTestId("line-row")
    await lines.first().waitFor()
    for (const line of transactions.slice(0, 3)) {
      await page.locator(`[data-line-id="${line.id}"]`).waitFor()
    }
    await page.waitForTimeout(300)
    await screenshot(page, "refresh-live-imported")
    await lines.first().scrollIntoViewIfNeeded()
    await screenshot(page, "refresh-live-imported-lines")
  })

  test("imports what Flinks held when the merchant closes the question, and says how old it is", async () => {
    expect(feedId).toBeDefined()
    await flinksCopyTwoDaysOld()
    await bankPostsLinesAndAsks(2)
    const before = (await feedOf(page, feedId!)).line_count
    await openFeedInStatementCentre(page, feedId!)

    const runId = await clickRefresh(page)
    const dialog = page.getByRole("dialog", { name: QUESTION })
    await dialog.waitFor({ timeout: 30_000 })
    await widgetOf(page).locator("#mfa-prompt").waitFor({ timeout: 30_000 })
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "detached" })
    await page.locator(WIDGET_SELECTOR).waitFor({ state: "detached" })

    const outcome = page.getByTestId("refresh-outcome")
    await outcome.waitFor({ timeout: 60_000 })
    await waitForSyncRun(page, runId)
    const run = await runOf(page, runId)
    expect(run).toMatchObject({ status: "succeeded", sign_in: "live", question: "declined" })
    expect(run.feeds.find((item) => item.feed_id === feedId)).toMatchObject({ inserted: 0 })
    // Flinks' copy from two days ago, not today's.
    expect(Date.now() - new Date(run.bank_data_as_of!).getTime()).toBeGreaterThan(47 * 60 * 60 * 1000)
    const asOf = await browserMoment(page, run.bank_data_as_of!)
    expect(await outcome.textContent()).toContain(
      `Your bank's question was not answered, so this is Flinks' copy from ${asOf} (2 days old).`
    )
    expect(await outcome.textContent()).toMatch(/^0 new lines\. Your bank's question was not answered/)
    expect((await feedOf(page, feedId!)).line_count).toBe(before)
    // The header now warns that the data is old.
    const header = page.getByTestId("selected-feed")
    await header.getByTestId("bank-data-stale").waitFor({ timeout: 30_000 })
    expect(await header.getByTestId("bank-data-stale").textContent()).toBe(
      "Older than 24 hours: your bank has not been reached since then. Refresh Transactions signs in at the bank for today's lines."
    )
    await page.waitForTimeout(300)
    await screenshot(page, "refresh-live-declined")
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, "refresh-live-declined-1024")
    await page.setViewportSize({ width: 1280, height: 900 })

    // The other screens say how old the bank data is too.
    await page.goto(`${BASE_URL}/app/banking/link-feeds`)
    const row = page.getByTestId("feed-row").filter({ hasText: ACCOUNT })
    await row.getByTestId("bank-data-stale").waitFor({ timeout: 30_000 })
    expect(await row.getByTestId("bank-data-as-of").textContent()).toBe(`Bank data as of ${asOf} (2 days old)`)
    // Compact in the table: the first words show, the whole sentence is read out and hovered.
    expect(await row.getByTestId("bank-data-stale").textContent()).toBe(
      "Older than 24 hours: your bank has not been reached since then. Refresh signs in at the bank for today's lines."
    )
    await screenshot(page, "refresh-live-feed-row-stale")
    await page.goto(`${BASE_URL}/app/banking/accounts`)
    const card = page.getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
    await card.getByTestId("connection-bank-data-stale").waitFor({ timeout: 30_000 })
    expect(await card.getByTestId("connection-bank-data-as-of").textContent()).toBe(
      `Bank data as of ${asOf} (2 days old)`
    )
    await screenshot(page, "refresh-live-connection-stale")
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, "refresh-live-connection-stale-1024")
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  test("offers the question of a refresh found waiting, on Link Bank Feeds, and brings the lines once answered", async () => {
    expect(feedId).toBeDefined()
    // Still asking since the question was closed; two lines are waiting at the bank.
    const { sync_run } = await adminJson<{ sync_run: SyncRun }>(page, "POST", `/admin/banking/feeds/${feedId}/refresh`)
    await page.goto(`${BASE_URL}/app/banking/link-feeds`)
    const row = page.getByTestId("feed-row").filter({ hasText: ACCOUNT })
    await row.getByTestId("feed-run-progress").filter({ hasText: QUESTION }).waitFor({ timeout: 30_000 })
    // Not opened by itself: this browser did not start the refresh.
    const answer = row.getByRole("button", { name: "Answer the bank's question" })
    await answer.waitFor()
    expect(await page.getByRole("dialog", { name: QUESTION }).count()).toBe(0)
    await screenshot(page, "refresh-live-found-waiting")

    await answer.click()
    const dialog = page.getByRole("dialog", { name: QUESTION })
    await dialog.waitFor({ timeout: 30_000 })
    await answerSecurityQuestions(page, widgetOf(page))
    await dialog.waitFor({ state: "detached", timeout: 60_000 })
    await waitForSyncRun(page, sync_run.id)
    const run = await runOf(page, sync_run.id)
    expect(run).toMatchObject({ status: "succeeded", question: "answered" })
    const asOf = await browserMoment(page, run.bank_data_as_of!)
    // A run found in progress ends quietly: the Status cell says what it brought.
    await row
      .getByTestId("feed-run-outcome")
      .filter({ hasText: `2 new transactions · bank data as of ${asOf}` })
      .waitFor({ timeout: 30_000 })
    await row
      .getByTestId("bank-data-as-of")
      .filter({ hasText: `Bank data as of ${asOf}` })
      .waitFor({ timeout: 30_000 })
    expect(await row.getByTestId("bank-data-stale").count()).toBe(0)
    await page.waitForTimeout(300)
    await screenshot(page, "refresh-live-found-waiting-answered")
  })
})

import { readFileSync } from "node:fs"
import { Download, Locator, Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { adminJson, clearFaults, linkedFlinksCapitalFeed, refreshFeed, sandbox, slowDown } from "./banking-api"
import { BASE_URL, screenshot } from "./browser"
import { sidewaysOverflow, wrappedButtons } from "./fits-sideways"

/** The account this suite reads: no other suite links it, so its lines are this suite's own. */
const ACCOUNT = "Business Account"
const LEDGER_CODE = "1030"

type Feed = { id: string; status: string; line_count: number; bank_account: { id: string; title: string } }
type Statement = {
  id: string
  period_start: string
  period_end: string
  transaction_count: number
  reconciled_count: number
  status: string
}
type Line = { id: string; date: string; description: string; status: string; statement_id: string }

/**
 * Flinks Capital's Business Account at the sandbox, for every Greatday login that has one: new
 * lines are added there, at the bank, for Refresh Transactions to find.
 */
async function addLinesAtTheBank(count: number) {
  const { logins } = await sandbox<{
    logins: { loginId: string; country: string; username: string; accounts: { id: string; title: string }[] | null }[]
  }>("GET", "/__sandbox/state")
  const targets = logins.filter((login) => login.country === "CA" && login.username === "Greatday")
  let added = 0
  for (const login of targets) {
    const account = login.accounts?.find((item) => item.title === ACCOUNT)
    if (!account) continue
    await sandbox("POST", `/__sandbox/logins/${login.loginId}/accounts/${account.id}/transactions`, { count })
    await sandbox("POST", `/__sandbox/logins/${login.loginId}/refresh`)
    added++
  }
  if (!added) throw new Error(`The sandbox knows no Greatday login with a ${ACCOUNT}`)
}

/**
 * The suites share one database and may run alone or in any order: this one needs Flinks Capital
 * connected and its Business Account linked to 1030 with lines imported, set up through the HTTP
 * API as the other suites do.
 */
async function linkedBusinessFeed(page: Page): Promise<Feed> {
  const feed = await linkedFlinksCapitalFeed<Feed>(page, ACCOUNT, LEDGER_CODE)
  if (feed.line_count < 2) {
    // Linked before by another run: its lines may already be someone else's. Bring new ones.
    await addLinesAtTheBank(4)
    await refreshFeed(page, feed.id)
  }
  return feed
}

async function statementsOf(page: Page, feedId: string): Promise<Statement[]> {
  const { statements } = await adminJson<{ statements: Statement[] }>(
    page,
    "GET",
    `/admin/banking/feeds/${feedId}/statements?limit=200`
  )
  return statements
}

async function linesOf(page: Page, feedId: string, query: string): Promise<Line[]> {
  const { transactions } = await adminJson<{ transactions: Line[] }>(
    page,
    "GET",
    `/admin/banking/feeds/${feedId}/transactions?limit=200&${query}`
  )
  return transactions
}

async function downloadOf(page: Page, start: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), start()])
  const file = await download.path()
  return { download, text: readFileSync(file!, "utf8") }
}

/** The seconds a progress line shows ("Waiting for Flinks to prepare the data… 7 s" → 7). */
function secondsIn(text: string | null): number {
  const match = text?.match(/(\d+) s$/)
  if (!match) throw new Error(`No elapsed seconds in "${text}"`)
  return Number(match[1])
}

/** Types a date into a date input as a merchant does, "11/01/2026" key by key (en-US order). */
async function typeDate(page: Page, field: Locator, date: string, keys = 8) {
  const [year, month, day] = date.split("-")
  // Focus coming in starts at the month; an input focused already would stay on its year.
  await field.evaluate((input: HTMLInputElement) => input.blur())
  await field.focus()
  await page.keyboard.type(`${month}${day}${year}`.slice(0, keys), { delay: 40 })
}

/** Every date filter the screen sent to the server, in the order it sent them. */
function recordDateFilters(page: Page): string[] {
  const sent: string[] = []
  page.on("request", (request) => {
    const query = new URL(request.url()).searchParams
    for (const name of ["date_from", "date_to"]) {
      const value = query.get(name)
      if (value !== null) sent.push(`${name}=${value}`)
    }
  })
  return sent
}

/**
 * Scrolls the admin's page area (its <main>) to put the element at the top. scrollIntoView would
 * also shift the admin's shell, which hides its overflow but can still be scrolled by a script.
 */
async function scrollToTop(element: Locator) {
  await element.evaluate((node) => {
    const main = node.closest("main")!
    main.scrollTop += node.getBoundingClientRect().top - main.getBoundingClientRect().top - 12
  })
}

function statementRows(page: Page): Locator {
  return page.getByRole("table", { name: "Statements" }).getByTestId("statement-row")
}

test.describe("Bank Statement Centre", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 })
  let page: Page
  let feedId: string | undefined

  test.beforeAll(async ({ openAdminPage }) => {
    // en-US: the date inputs take month, day, then year, as the typing below does.
    page = await openAdminPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: "en-US" })
  })

  test.afterAll(async () => {
    await clearFaults().catch(() => {})
    // Other suites expect no feed but their own: stop this one (its lines stay).
    if (feedId) await adminJson(page, "POST", `/admin/banking/feeds/${feedId}/unlink`).catch(() => {})
    await page?.context().close()
  })

  test("finds the feed, shows its statements and lines, reconciles, downloads, deletes and refreshes", async () => {
    const feed = await linkedBusinessFeed(page)
    feedId = feed.id
    const [newest] = await statementsOf(page, feed.id)

    // From the Banking page's card, as a merchant finds the screen.
    await page.goto(`${BASE_URL}/app/banking`)
    await page.getByRole("link", { name: /^Bank Statement Centre\s*Search imported statements/ }).click()
    await page.waitForURL(/\/app\/banking\/statements$/)
    await page.getByRole("heading", { name: "Bank Statement Centre", level: 1 }).waitFor()
    await page.getByTestId("no-feed-chosen").waitFor()

    // Find a feed: words of the bank, the account and the ledger account, all of them.
    const search = page.getByRole("searchbox", { name: "Search feeds" })
    await search.fill("capital business 9999")
    await page.getByTestId("centre-feeds-empty").waitFor()
    expect(await page.getByTestId("centre-feeds-empty").textContent()).toBe(
      'No linked feed matches "capital business 9999".'
    )
    await search.fill(`capital business ${LEDGER_CODE}`)
    const feedRows = page.getByTestId("centre-feed-row")
    await feedRows.filter({ hasText: `${LEDGER_CODE} Bank - Business Account` }).waitFor()
    expect(await feedRows.count()).toBe(1)
    await page.waitForURL(/[?&]q=capital\+business\+1030/)
    await screenshot(page, "statements-01-search")

    // Anywhere in the row chooses the feed, not only the account's name.
    await feedRows.getByTestId("centre-feed-ledger").click()
    await page.waitForURL(new RegExp(`[?&]feed=${feed.id}`))
    await feedRows.and(page.locator('[aria-selected="true"]')).waitFor()
    const selected = page.getByTestId("selected-feed")
    await selected.getByRole("heading", { name: new RegExp(`^${ACCOUNT}`) }).waitFor()
    expect(await selected.textContent()).toContain(`posts to ${LEDGER_CODE} Bank - Business Account`)
    await page.getByTestId("balance-chart").waitFor()
    expect(await page.getByRole("img", { name: /^Balance from / }).count()).toBe(1)
    expect(await page.getByTestId("balance-chart-high").textContent()).toMatch(/^High CA\$[\d,]+\.\d{2}$/)

    // Header View: one row per statement, newest first, with its totals and progress.
    expect(await page.getByRole("button", { name: "Header View" }).getAttribute("aria-pressed")).toBe("true")
    await statementRows(page).first().waitFor()
    const newestRow = statementRows(page).first()
    expect(await newestRow.getByTestId("statement-line-count").textContent()).toBe(String(newest.transaction_count))
    expect(await newestRow.getByTestId("statement-progress").textContent()).toBe(
      `${newest.reconciled_count} of ${newest.transaction_count} reconciled`
    )
    await screenshot(page, "statements-02-header-view")

    // Detailed View with a filter; the toggle, a reload and Back all keep feed and filters.
    await page.getByRole("button", { name: "Detailed View" }).click()
    await page.waitForURL(/[?&]view=detailed/)
    const lines = page.getByRole("table", { name: "Bank lines" }).getByTestId("line-row")
    await lines.first().waitFor()
    await page.getByLabel("From date").fill(newest.period_start)
    await page.waitForURL(new RegExp(`[?&]from=${newest.period_start}`))
    await page.getByRole("button", { name: "Header View" }).click()
    await statementRows(page).first().waitFor()
    await page.getByRole("button", { name: "Detailed View" }).click()
    expect(await page.getByLabel("From date").inputValue()).toBe(newest.period_start)
    await page.reload()
    await lines.first().waitFor()
    expect(await page.getByRole("button", { name: "Detailed View" }).getAttribute("aria-pressed")).toBe("true")
    expect(await page.getByLabel("From date").inputValue()).toBe(newest.period_start)
    await page.goBack()
    await statementRows(page).first().waitFor()
    expect(page.url()).toContain(`feed=${feed.id}`)
    expect(page.url()).toContain(`from=${newest.period_start}`)
    await page.goForward()
    await lines.first().waitFor()
    const filtered = await linesOf(page, feed.id, `date_from=${newest.period_start}`)
    expect(await lines.count()).toBe(Math.min(50, filtered.length))
    await screenshot(page, "statements-03-detailed-view")

    // Reconcile the two newest lines: their status changes, and who did it shows on hover.
    const [first, second] = filtered
    await lines.nth(0).getByRole("checkbox").check()
    await lines.nth(1).getByRole("checkbox").check()
    expect(await page.getByTestId("selection-count").textContent()).toBe("2 lines selected")
    await page.getByRole("button", { name: "Reconcile", exact: true }).click()
    await page.getByText("2 lines reconciled").waitFor()
    for (const row of [lines.nth(0), lines.nth(1)]) {
      await row.getByTestId("line-status").filter({ hasText: "Reconciled" }).waitFor()
    }
    expect(await lines.nth(2).getByTestId("line-status").textContent()).toBe("Unreconciled")
    await lines.nth(0).getByTestId("line-status").hover()
    const record = page.getByRole("tooltip").filter({ hasText: /^Reconciled by Demo Merchant on / })
    await record.waitFor()
    await screenshot(page, "statements-04-reconciled")
    await page.mouse.move(0, 0)

    // The statement follows its lines.
    const statement = (await statementsOf(page, feed.id)).find((item) => item.id === first.statement_id)!
    expect(statement.reconciled_count).toBe(first.statement_id === second.statement_id ? 2 : 1)
    await page.getByRole("button", { name: "Header View" }).click()
    const statementRow = statementRows(page).nth(
      (await statementsOf(page, feed.id)).findIndex((item) => item.id === statement.id)
    )
    await statementRow
      .getByTestId("statement-progress")
      .filter({ hasText: `${statement.reconciled_count} of ${statement.transaction_count} reconciled` })
      .waitFor()
    expect(await statementRow.getByTestId("statement-status").textContent()).toBe(
      statement.reconciled_count === statement.transaction_count ? "Reconciled" : "In progress"
    )
    await screenshot(page, "statements-05-progress")

    // The statement as a CSV file named after the bank, the account and the period.
    await statementRow.getByRole("button", { name: /^Actions for statement / }).click()
    const csv = await downloadOf(page, () => page.getByRole("menuitem", { name: "Download CSV" }).click())
    expect(csv.download.suggestedFilename()).toBe(
      `Flinks-Capital_Business-Account_${statement.period_start}_to_${statement.period_end}.csv`
    )
    const csvRows = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
    expect(csvRows[0]).toBe("Date,Description,Debit,Credit,Running balance,Currency,Status,Bank reference")
    expect(csvRows).toHaveLength(statement.transaction_count + 1)
    expect(csvRows.filter((row) => row.includes(",reconciled,"))).toHaveLength(statement.reconciled_count)
    expect(csv.text).toContain(first.description)

    // The filtered lines as OFX, from the Detailed View.
    await page.getByRole("button", { name: "Detailed View" }).click()
    await lines.first().waitFor()
    const ofx = await downloadOf(page, () => page.getByRole("button", { name: "Download OFX" }).click())
    expect(ofx.download.suggestedFilename()).toMatch(
      new RegExp(`^Flinks-Capital_Business-Account_${newest.period_start}_to_\\d{4}-\\d{2}-\\d{2}\\.ofx$`)
    )
    expect(ofx.text.match(/<STMTTRN>/g)).toHaveLength(filtered.length)

    // A reconciled line is deleted only once the merchant agrees to lose it.
    await lines
      .nth(0)
      .getByRole("button", { name: /^Actions for line / })
      .click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText("It is reconciled: deleting it takes it out of your reconciliation.").waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, "statements-06-delete-reconciled")
    await dialog.getByRole("button", { name: "Delete, with 1 reconciled line" }).click()
    await page.getByText("1 line deleted").waitFor()
    await page.locator(`[data-line-id="${first.id}"]`).waitFor({ state: "detached" })
    const afterDelete = await linesOf(page, feed.id, `date_from=${newest.period_start}`)
    expect(afterDelete.map((line) => line.id)).not.toContain(first.id)

    // New lines at the bank; Refresh Transactions brings them in and says so.
    await addLinesAtTheBank(3)
    await page.getByRole("button", { name: "Refresh Transactions" }).click()
    const outcome = page.getByTestId("refresh-outcome")
    await outcome.waitFor({ timeout: 60_000 })
    expect(await outcome.textContent()).toMatch(/^3 new lines, \d+ duplicates?/)
    await page.getByRole("button", { name: "Header View" }).click()
    await statementRows(page).first().getByTestId("statement-line-count").filter({ hasText: /^3$/ }).waitFor()
    expect(await statementRows(page).first().getByTestId("statement-progress").textContent()).toBe("0 of 3 reconciled")
    await screenshot(page, "statements-07-refreshed")
  })

  test("follows a Refresh Transactions after a reload and a visit elsewhere, then says what it brought", async () => {
    expect(feedId).toBeDefined()
    await addLinesAtTheBank(2)
    // Flinks takes 12 seconds to send the lines this time: long enough to leave and come back.
    await slowDown("GetAccountsDetail", 12_000)
    await page.goto(`${BASE_URL}/app/banking/statements?feed=${feedId}`)
    const button = page.getByRole("button", { name: "Refresh Transactions" })
    const progress = page.getByTestId("refresh-progress")
    await button.click()
    await progress.filter({ hasText: "Waiting for Flinks to prepare the data…" }).waitFor({ timeout: 30_000 })
    expect(await button.isDisabled()).toBe(true)
    await page.waitForTimeout(2_200)
    const before = secondsIn(await progress.textContent())
    expect(before).toBeGreaterThanOrEqual(2)
    await screenshot(page, "statements-08-refreshing")

    // A reload: the screen finds the import in progress and follows it on, counting from its start.
    await page.reload()
    await progress.waitFor({ timeout: 30_000 })
    await progress.filter({ hasText: /\d+ s$/ }).waitFor()
    expect(secondsIn(await progress.textContent())).toBeGreaterThanOrEqual(before)
    expect(await button.isDisabled()).toBe(true)
    expect(await page.getByTestId("selected-feed").getByText("Importing", { exact: true }).count()).toBe(1)
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, "statements-09-refreshing-after-reload-1024")
    await page.setViewportSize({ width: 1440, height: 900 })

    // Elsewhere and back: Link Bank Feeds shows it too, and the Statement Centre picks it up again.
    await page.goto(`${BASE_URL}/app/banking/link-feeds`)
    const row = page.getByTestId("feed-row").filter({ hasText: ACCOUNT })
    await row.getByTestId("feed-run-progress").waitFor({ timeout: 30_000 })
    await screenshot(page, "statements-10-refreshing-seen-from-link-feeds")
    await page.goBack()
    await page.waitForURL(new RegExp(`[?&]feed=${feedId}`))
    await progress.waitFor({ timeout: 30_000 })

    const outcome = page.getByTestId("refresh-outcome")
    await outcome.waitFor({ timeout: 60_000 })
    expect(await outcome.textContent()).toMatch(/^2 new lines, \d+ duplicates?/)
    expect(await progress.count()).toBe(0)
    expect(await button.isDisabled()).toBe(false)
    await page.getByTestId("selected-feed").getByText("Linked", { exact: true }).waitFor()
    await page.getByRole("button", { name: "Header View" }).click()
    await statementRows(page).first().getByTestId("statement-line-count").filter({ hasText: /^2$/ }).waitFor()
    await screenshot(page, "statements-11-refreshed-after-reload")
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, "statements-12-refreshed-after-reload-1024")
    await page.setViewportSize({ width: 1440, height: 900 })
  })
  test("takes dates typed digit by digit, keeps every filter while another changes, and fits at 1024 px", async () => {
    expect(feedId).toBeDefined()
    // Three days the lines were on, oldest first: each filter below narrows what is shown.
    const all = await linesOf(page, feedId!, "sort=date")
    const days = [...new Set(all.map((line) => line.date))].sort()
    expect(days.length).toBeGreaterThanOrEqual(4)
    const [first, start, end] = [days[1], days[Math.floor(days.length / 3)], days[Math.floor((2 * days.length) / 3)]]
    const sent = recordDateFilters(page)

    // The feed from the keyboard: Tab reaches its row, Space chooses it; the feed search stays.
    await page.goto(`${BASE_URL}/app/banking/statements?q=capital+business+${LEDGER_CODE}`)
    const row = page.getByTestId("centre-feed-row").filter({ hasText: `${LEDGER_CODE} Bank - Business Account` })
    await row.waitFor()
    expect(await row.getAttribute("tabindex")).toBe("0")
    await row.focus()
    await page.keyboard.press("Space")
    await page.waitForURL(new RegExp(`[?&]feed=${feedId}`))
    await row.and(page.locator('[aria-selected="true"]')).waitFor()
    await statementRows(page).first().waitFor()
    await screenshot(page, "statements-13-feed-chosen-by-keyboard")
    await page.getByRole("button", { name: "Detailed View" }).click()
    const lines = page.getByRole("table", { name: "Bank lines" }).getByTestId("line-row")
    await lines.first().waitFor()
    const linesHeading = page.getByRole("heading", { name: "Lines", level: 2 })

    // Month, day and the first digit of the year make "0002-..." in the input: it stays as typed,
    // and neither the address nor a request gets it.
    const from = page.getByLabel("From date")
    const to = page.getByLabel("To date")
    await typeDate(page, from, first, 5)
    await page.waitForTimeout(800)
    expect(await from.inputValue()).toBe(`0002-${first.slice(5)}`)
    expect(page.url()).not.toContain("from=")
    await page.keyboard.type(first.slice(1, 4), { delay: 40 })
    await page.waitForURL(new RegExp(`[?&]from=${first}`))
    expect(await from.inputValue()).toBe(first)

    // From, then To at once: both stay in the address and both reach the server, with the search.
    await typeDate(page, from, start)
    await typeDate(page, to, end)
    await page.waitForURL((url) => url.searchParams.get("from") === start && url.searchParams.get("to") === end)
    const url = new URL(page.url())
    expect(url.searchParams.get("q")).toBe(`capital business ${LEDGER_CODE}`)
    expect(url.searchParams.get("feed")).toBe(feedId)
    const between = await linesOf(page, feedId!, `date_from=${start}&date_to=${end}`)
    expect(between.length).toBeGreaterThan(0)
    expect(between.length).toBeLessThan(all.length)
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="line-row"]').length === count,
      Math.min(50, between.length)
    )
    expect(await from.inputValue()).toBe(start)
    expect(await to.inputValue()).toBe(end)
    expect(sent).toContain(`date_from=${start}`)
    expect(sent).toContain(`date_to=${end}`)
    await scrollToTop(linesHeading)
    await screenshot(page, "statements-14-dates-typed")

    // A From after the To is said on the screen, and not asked of the server.
    await typeDate(page, from, "2099-12-31")
    await page
      .getByRole("alert")
      .filter({ hasText: "The from date is after the to date: no line can match." })
      .waitFor()
    expect(page.url()).toContain(`to=${end}`)
    await scrollToTop(linesHeading)
    await screenshot(page, "statements-15-from-after-to")
    await page.setViewportSize({ width: 1024, height: 768 })
    await scrollToTop(linesHeading)
    await screenshot(page, "statements-16-from-after-to-1024")

    // A date left unfinished keeps the filter it had, and says so once the field is left.
    await page.getByRole("button", { name: "Clear dates and amounts" }).click()
    await page.waitForURL((address) => !address.searchParams.has("from") && !address.searchParams.has("to"))
    await page.waitForFunction(() => (document.getElementById("line-date-from") as HTMLInputElement).value === "")
    await typeDate(page, to, end)
    await page.waitForURL(new RegExp(`[?&]to=${end}`))
    await page.keyboard.press("Backspace")
    await page.getByRole("searchbox", { name: "Search descriptions" }).focus()
    await page.getByTestId("line-date-to-hint").waitFor()
    await page.waitForTimeout(500)
    expect(new URL(page.url()).searchParams.get("to")).toBe(end)
    await scrollToTop(linesHeading)
    await screenshot(page, "statements-17-unfinished-date-1024")

    // Nothing but whole dates ever reached the server.
    const typed = [first, start, end].flatMap((date) => [`date_from=${date}`, `date_to=${date}`])
    expect(sent.filter((filter) => !typed.includes(filter))).toEqual([])

    // At 1024 px nothing scrolls sideways and no button wraps, in either view.
    await lines.first().waitFor()
    expect(await sidewaysOverflow(page)).toEqual([])
    expect(await wrappedButtons(page)).toEqual([])
    await lines.first().scrollIntoViewIfNeeded()
    await screenshot(page, "statements-18-detailed-view-1024")
    await page.getByRole("button", { name: "Header View" }).click()
    await statementRows(page).first().waitFor()
    expect(await sidewaysOverflow(page)).toEqual([])
    expect(await wrappedButtons(page)).toEqual([])
    await statementRows(page).first().scrollIntoViewIfNeeded()
    await screenshot(page, "statements-19-header-view-1024")
    await page.setViewportSize({ width: 1440, height: 900 })
    await statementRows(page).first().scrollIntoViewIfNeeded()
    await screenshot(page, "statements-20-header-view-1440")
  })

  test("pages with Next and Prev by the server's cursor, each page the server's next 50 lines", async () => {
    const feed = await linkedBusinessFeed(page)
    feedId = feed.id
    const known = (await linesOf(page, feed.id, "sort=-date")).length
    if (known < 160) {
      await addLinesAtTheBank(160 - known)
      await refreshFeed(page, feed.id)
    }
    const every = await linesOf(page, feed.id, "sort=-date")
    expect(every.length).toBeGreaterThanOrEqual(150)
    const requests: URL[] = []
    page.on("request", (request) => {
      if (/\/transactions\?/.test(request.url())) requests.push(new URL(request.url()))
    })
    await page.goto(`${BASE_URL}/app/banking/statements?feed=${feed.id}&view=detailed`)
    const lines = page.getByRole("table", { name: "Bank lines" }).getByTestId("line-row")
    const shown = () => lines.getByTestId("line-description").allTextContents()
    const slice = (from: number) => every.slice(from, from + 50).map((line) => line.description)
    await expect.poll(shown).toEqual(slice(0))
    await page.getByRole("button", { name: "Next" }).click()
    await expect.poll(shown).toEqual(slice(50))
    await page.getByRole("button", { name: "Next" }).click()
    await expect.poll(shown).toEqual(slice(100))
    await screenshot(page, "statements-11-third-page")
    await page.getByRole("button", { name: "Prev" }).click()
    await expect.poll(shown).toEqual(slice(50))
    await page.getByRole("button", { name: "Prev" }).click()
    await expect.poll(shown).toEqual(slice(0))
    // Reached by cursors, not offsets: a deep page costs what the first does.
    expect(requests.filter((url) => url.searchParams.has("after")).length).toBeGreaterThanOrEqual(2)
    expect(requests.some((url) => url.searchParams.has("before"))).toBe(true)
    expect(requests.some((url) => Number(url.searchParams.get("offset") ?? 0) > 0)).toBe(false)
  })
})

import { Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { clearFaults, slowDown } from "./banking-api"
import { BASE_URL, screenshot } from "./browser"
import { connectFlinksCapital } from "./flinks-widget"

/** A calendar date `days` from today in the browser's (this machine's) time zone, as YYYY-MM-DD. */
function localDate(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The suites share one database and connect-bank.e2e.ts usually ran first; alone, this suite
 * connects Flinks Capital itself. Asked through the admin's own session.
 */
async function ensureChequingIsAvailable(page: Page) {
  const response = await page.request.get(`${BASE_URL}/admin/banking/feeds/available-accounts`)
  expect(response.ok()).toBe(true)
  const { bank_accounts } = (await response.json()) as { bank_accounts: { title: string }[] }
  if (!bank_accounts.some((account) => account.title === "Chequing CAD")) {
    await connectFlinksCapital(page, BASE_URL)
  }
}

test.describe("Link Bank Feeds", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 })
  let page: Page

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    await clearFaults().catch(() => {})
    await page?.context().close()
  })

  test("links Chequing CAD to its ledger account, follows its first import and a refresh as they run, and unlinks it", async () => {
    await ensureChequingIsAvailable(page)

    // From the Banking page's card, as a merchant finds the screen.
    await page.goto(`${BASE_URL}/app/banking`)
    await page.getByRole("link", { name: /^Link Bank Feeds\s*Map a bank account/ }).click()
    await page.waitForURL(/\/app\/banking\/link-feeds$/)
    await page.getByRole("heading", { name: "Link Bank Feeds", level: 1 }).waitFor()
    await page.getByRole("heading", { name: "Linked bank feeds" }).waitFor()
    await screenshot(page, "feeds-01-form")

    // Save refuses an empty form, field by field.
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText("Choose the bank account to import.").waitFor()

    await page.getByRole("combobox", { name: "Bank Account Feeds" }).click()
    await page.getByRole("option", { name: /^Chequing CAD ···\d{4} · Flinks Capital \(Flinks Canada\) · CAD$/ }).click()
    await page.getByRole("combobox", { name: "Ledger account" }).click()
    const chequingLedger = page.getByRole("option", { name: "1010 Bank - Chequing CAD", exact: true })
    await chequingLedger.waitFor()
    // The list fades in: let it finish before the picture.
    await page.waitForTimeout(300)
    await screenshot(page, "feeds-02-ledger-choices")
    // Only accounts in the bank account's currency are offered.
    expect(await page.getByRole("option", { name: /Chequing USD/ }).count()).toBe(0)
    await chequingLedger.click()

    const startDate = page.getByLabel("Transaction Start Date")
    await startDate.fill(localDate(1))
    await page.getByText("The transaction start date cannot be in the future.").waitFor()
    await startDate.fill(localDate(-400))
    const hint = page.getByTestId("feed-history-hint")
    await hint.waitFor()
    expect(await hint.textContent()).toContain(
      `Flinks returns at most the last 365 days: transactions before ${localDate(-364)} cannot be imported.`
    )
    await screenshot(page, "feeds-03-history-hint")
    const from = localDate(-30)
    await startDate.fill(from)
    await hint.waitFor({ state: "detached" })
    await screenshot(page, "feeds-04-filled")

    await page.getByRole("button", { name: "Save" }).click()
    const summary = page.getByTestId("feed-summary")
    await summary.waitFor()
    expect(await summary.textContent()).toContain(`Chequing CAD1010 Bank - Chequing CAD, from ${from}`)
    await screenshot(page, "feeds-05-summary")

    // Flinks is slow to answer this time: the first import is seen running in the background.
    await slowDown("GetAccountsDetail", 3_000)
    await page.getByRole("button", { name: "Link Bank Feed" }).click()
    const outcome = page.getByTestId("feed-link-outcome")
    const row = page.getByTestId("feed-row").filter({ hasText: "Chequing CAD" })
    await outcome.filter({ hasText: "The first import runs in the background" }).waitFor({ timeout: 30_000 })
    const progress = row.getByTestId("feed-run-progress")
    await progress.filter({ hasText: "Waiting for Flinks to prepare the data…" }).waitFor()
    await row.getByText("Importing", { exact: true }).waitFor()
    expect(await row.getByRole("button", { name: "Refresh" }).isDisabled()).toBe(true)
    await page.waitForTimeout(1_200)
    expect(await progress.textContent()).toMatch(/^Waiting for Flinks to prepare the data… \d+ s$/)
    await screenshot(page, "feeds-06-first-import-running")

    // It ends by itself, and says what it brought, in the message and in the row.
    await page.locator('[data-testid="feed-link-outcome"][data-state="ended"]').waitFor({ timeout: 60_000 })
    expect(await outcome.textContent()).toMatch(/Linked\. \d+ transactions? imported\./)
    expect(await row.textContent()).toContain("1010 Bank - Chequing CAD")
    expect(await row.textContent()).toContain(from)
    expect(Number(await row.getByTestId("feed-line-count").textContent())).toBeGreaterThan(0)
    await row.getByText("Linked", { exact: true }).waitFor()
    expect(await row.getByTestId("feed-run-outcome").textContent()).toMatch(/^\d+ new transactions?$/)
    expect(await progress.count()).toBe(0)
    await screenshot(page, "feeds-07-linked")

    await slowDown("GetAccountsDetail", 3_000)
    await row.getByRole("button", { name: "Refresh" }).click()
    await progress.waitFor({ timeout: 30_000 })
    await page.setViewportSize({ width: 1024, height: 768 })
    await row.scrollIntoViewIfNeeded()
    await screenshot(page, "feeds-08-refreshing-1024")
    await page.setViewportSize({ width: 1440, height: 900 })
    await row.getByTestId("feed-run-outcome").filter({ hasText: "No new transactions" }).waitFor({ timeout: 60_000 })
    await screenshot(page, "feeds-09-refreshed")

    await row.getByRole("button", { name: "Unlink" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText("Unlink Chequing CAD?").waitFor()
    // The dialog fades in: let it finish before the picture.
    await page.waitForTimeout(300)
    await screenshot(page, "feeds-10-unlink-prompt")
    await dialog.getByRole("button", { name: "Unlink" }).click()
    await row.waitFor({ state: "detached" })
    await page.getByText("Chequing CAD unlinked").waitFor()
    await page.getByTestId("feeds-empty").waitFor()
    // The line about the link made on this screen leaves with the feed.
    expect(await page.getByTestId("feed-link-outcome").count()).toBe(0)
    await page.waitForTimeout(300)
    await screenshot(page, "feeds-11-unlinked")
  })
})

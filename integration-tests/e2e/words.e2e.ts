import { Locator, Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { adminJson, Connection, daysAgo, flinksCapitalConnections, waitForSyncRun, SyncRun } from "./banking-api"
import { BASE_URL, screenshot } from "./browser"
import { connectFlinksCapital } from "./flinks-widget"

/** This suite's own account and ledger account: no other suite links them. */
const ACCOUNT = "Credit card"
const LEDGER = "2010 Credit Card"

type Feed = { id: string; line_count: number; bank_account: { id: string } }

/**
 * Both sizes a merchant's screen is checked at; the story goes back to the larger one. `again`
 * brings back what the resize closed (an open list), `focus` is scrolled to.
 */
async function atBothSizes(
  page: Page,
  name: string,
  { focus, again }: { focus?: Locator; again?: () => Promise<void> } = {}
) {
  await page.waitForTimeout(300)
  await screenshot(page, `${name}-1440`)
  await page.setViewportSize({ width: 1024, height: 768 })
  await again?.()
  await focus?.scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await screenshot(page, `${name}-1024`)
  await page.setViewportSize({ width: 1440, height: 900 })
}

/**
 * The suites share one database and may run alone or in any order: Flinks Capital connected, and
 * this suite's credit card free of any feed (a run stopped half-way may have left one linked).
 */
async function connectionWithFreeCreditCard(page: Page): Promise<Connection> {
  if ((await flinksCapitalConnections(page)).length === 0) await connectFlinksCapital(page, BASE_URL)
  const [connection] = await flinksCapitalConnections(page)
  const card = connection.accounts.find((account) => account.title === ACCOUNT)!
  if (card.feed) await adminJson(page, "POST", `/admin/banking/feeds/${card.feed.id}/unlink`)
  return connection
}

function creditCardRow(page: Page): Locator {
  return page
    .getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
    .getByTestId("connection-account")
    .filter({ hasText: ACCOUNT })
}

test.describe("Words, not codes", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 })
  let page: Page
  let connection: Connection

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    await page?.context().close()
  })

  test("Manage Added Accounts names each account's type in words", async () => {
    connection = await connectionWithFreeCreditCard(page)
    await page.goto(`${BASE_URL}/app/banking/accounts`)
    const row = creditCardRow(page)
    await row.waitFor()
    const card = page.getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
    await card.getByRole("cell", { name: "Credit card · CAD", exact: true }).waitFor()
    await card.getByRole("cell", { name: "Line of credit · CAD", exact: true }).waitFor()
    await card.getByRole("cell", { name: "Chequing · CAD", exact: true }).first().waitFor()
    const text = (await card.textContent()) ?? ""
    expect(text).not.toMatch(/CreditCard|LineOfCredit/)
    await atBothSizes(page, "words-01-account-types", { focus: row })
  })

  test("Link Bank Feeds offers only asset and liability accounts as the feed's ledger account", async () => {
    await page.goto(`${BASE_URL}/app/banking/link-feeds`)
    await page.getByRole("heading", { name: "Link Bank Feeds", level: 1 }).waitFor()
    await page.getByRole("combobox", { name: "Bank Account Feeds" }).click()
    await page.getByRole("option", { name: /^Credit card ···4242 · Flinks Capital \(Flinks Canada\) · CAD$/ }).click()
    const openLedgerChoices = async () => {
      const field = page.getByRole("combobox", { name: "Ledger account" })
      if ((await field.getAttribute("aria-expanded")) !== "true") await field.click()
      await page.getByRole("option", { name: LEDGER, exact: true }).waitFor()
    }
    await openLedgerChoices()
    const offered = await page.getByRole("option").allTextContents()
    expect(offered).toEqual(expect.arrayContaining(["1010 Bank - Chequing CAD", "2020 Line of Credit", LEDGER]))
    // The demo chart's revenue and expense accounts are where reconciled lines go, not a bank feed.
    expect(offered.filter((label) => /Sales|Bank Fees/.test(label))).toEqual([])
    await atBothSizes(page, "words-02-feed-targets", { again: openLedgerChoices })
    await page.keyboard.press("Escape")
  })

  test("an account that was linked says its lines are kept, and opens them in the Statement Centre", async () => {
    const account = connection.accounts.find((item) => item.title === ACCOUNT)!
    const { ledger_accounts } = await adminJson<{ ledger_accounts: { id: string; code: string }[] }>(
      page,
      "GET",
      "/admin/banking/ledger-accounts?q=2010"
    )
    const linked = await adminJson<{ feed: Feed; sync_run: SyncRun | null; sync_error: string | null }>(
      page,
      "POST",
      "/admin/banking/feeds",
      {
        bank_account_id: account.id,
        ledger_account_id: ledger_accounts.find((item) => item.code === "2010")!.id,
        start_date: daysAgo(60),
      }
    )
    if (!linked.sync_run) throw new Error(`The first import of ${ACCOUNT} did not start: ${linked.sync_error}`)
    await waitForSyncRun(page, linked.sync_run.id)
    const { feeds } = await adminJson<{ feeds: Feed[] }>(page, "GET", "/admin/banking/feeds?status=linked")
    const lines = feeds.find((feed) => feed.id === linked.feed.id)!.line_count
    expect(lines).toBeGreaterThan(0)
    await adminJson(page, "POST", `/admin/banking/feeds/${linked.feed.id}/unlink`)

    await page.goto(`${BASE_URL}/app/banking/accounts`)
    const row = creditCardRow(page)
    const kept = row.getByTestId("connection-account-kept-lines")
    await kept.waitFor()
    expect(await row.getByTestId("connection-account-feed").textContent()).toBe(
      `Not linked · ${lines} lines keptSee them in the Statement Centre`
    )
    await atBothSizes(page, "words-03-kept-lines", { focus: row })

    await kept.getByRole("link", { name: "See them in the Statement Centre" }).click()
    await page.waitForURL(new RegExp(`/app/banking/statements\\?feed=${linked.feed.id}&feeds=unlinked$`))
    const selected = page.getByTestId("selected-feed")
    await selected.getByRole("heading", { name: new RegExp(`^${ACCOUNT}`) }).waitFor()
    expect(await selected.textContent()).toContain(`${lines} lines`)
    const feedRow = page.getByTestId("centre-feed-row").filter({ hasText: LEDGER }).first()
    await feedRow.waitFor()
    expect(await feedRow.getAttribute("aria-selected")).toBe("true")
    await atBothSizes(page, "words-05-kept-lines-in-centre", { focus: selected })
  })

  test("a malformed resume link says the link is not valid, in words", async () => {
    // A mail client cut the link short.
    await page.goto(`${BASE_URL}/app/banking/resume#token=abc123`)
    await page.getByRole("heading", { name: "Resume Bank Connection", level: 1 }).waitFor()
    const alert = page.getByTestId("resume-refused").getByRole("alert")
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toBe(
      "This resume link is not valid. Open the latest link from the bank verification email, or start a new sign-in with Edit Credentials in Manage Added Accounts."
    )
    await atBothSizes(page, "words-04-malformed-resume-link")
  })
})

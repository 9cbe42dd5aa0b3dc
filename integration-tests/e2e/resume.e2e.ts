import { BrowserContext, Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { adminJson, clearFaults, greatdayLogin, linkedFlinksCapitalFeed, sandbox, slowDown } from "./banking-api"
import { BASE_URL, logInHere, screenshot } from "./browser"
import { answerSecurityQuestions, widgetOf } from "./flinks-widget"
import { clearMailbox, mailsTo, waitForMails } from "./mailbox"

/** The account this suite reads: no other suite links it, so its lines are this suite's own. */
const ACCOUNT = "Savings"
const LEDGER_CODE = "1040"
const RECIPIENTS = ["books@example.com", "owner@example.com"]
const NEW_LINES = 4
const RESUME_LINK = /http:\/\/localhost:\d+\/app\/banking\/resume#token=[^\s"<>]+/

type Feed = { id: string; bank_account: { id: string } }

/**
 * The suites share one database and may run alone or in any order: this one needs Flinks Capital
 * connected and its Savings account linked to 1040, set up through the HTTP API as the other
 * suites do.
 */
async function linkedSavingsFeed(page: Page): Promise<Feed> {
  return linkedFlinksCapitalFeed<Feed>(page, ACCOUNT, LEDGER_CODE)
}

test.describe("Resume: the bank asks for MFA, the recipients are emailed, the link brings the feed back", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 })
  let page: Page
  let linkContext: BrowserContext | undefined
  let feedId: string | undefined
  let resumeLink = ""

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    await clearFaults().catch(() => {})
    // Other suites expect no feed but their own: stop this one (its lines stay).
    if (feedId) await adminJson(page, "POST", `/admin/banking/feeds/${feedId}/unlink`).catch(() => {})
    // The suites share the sandbox's login: leave it with no question pending, whatever happened here.
    const login = await greatdayLogin().catch(() => null)
    if (login?.mfaRequired)
      await sandbox("POST", "/__sandbox/logins", { country: "CA", username: "Greatday" }).catch(() => {})
    await linkContext?.close()
    await page?.context().close()
  })

  test("sets the MFA notification recipients in Settings > Banking, naming an address it refuses", async () => {
    // From the settings' sidebar, as a merchant finds the page.
    await page.goto(`${BASE_URL}/app/settings`)
    await page.getByRole("link", { name: "Banking", exact: true }).click()
    await page.waitForURL(/\/app\/settings\/banking$/)
    await page.getByRole("heading", { name: "Banking", level: 1 }).waitFor()

    const field = page.getByLabel("MFA Notification Recipients for Flinks")
    await field.fill("books@example.com, bob@")
    await page.getByRole("button", { name: "Save" }).click()
    const error = page.getByTestId("mfa-recipients-error")
    await error.waitFor()
    expect(await error.textContent()).toBe('"bob@" is not a valid email address.')
    expect(await field.getAttribute("aria-invalid")).toBe("true")
    await screenshot(page, "resume-01-bad-address")

    await field.fill(RECIPIENTS.join(", "))
    expect(await error.count()).toBe(0)
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText("MFA notification recipients saved").waitFor()
    const saved = page.getByTestId("mfa-recipients-saved").getByRole("listitem")
    await saved.nth(1).waitFor()
    expect(await saved.allTextContents()).toEqual(RECIPIENTS)

    await page.reload()
    await page.getByTestId("mfa-recipients-saved").waitFor()
    expect(await field.inputValue()).toBe(RECIPIENTS.join(", "))
    expect(await saved.allTextContents()).toEqual(RECIPIENTS)
    expect(await adminJson(page, "GET", "/admin/banking/settings")).toMatchObject({
      settings: { mfa_notification_recipients: RECIPIENTS },
    })
    await screenshot(page, "resume-02-recipients")
  })

  test("emails each recipient a resume link once when Check Now finds the bank asking for MFA", async () => {
    feedId = (await linkedSavingsFeed(page)).id
    await clearMailbox()

    // New lines at the bank, then the bank asks a question before it lets the store see them.
    const login = await greatdayLogin()
    const savings = login.accounts?.find((account) => account.title === ACCOUNT && account.currency === "CAD")
    if (!savings) throw new Error(`The sandbox's Greatday login has no ${ACCOUNT} account`)
    await sandbox("POST", `/__sandbox/logins/${login.loginId}/accounts/${savings.id}/transactions`, {
      count: NEW_LINES,
    })
    await sandbox("POST", `/__sandbox/logins/${login.loginId}/require-mfa`)

    // The bank takes a few seconds to answer: the check is seen running in the background.
    await slowDown("Authorize", 4_000)
    await page.goto(`${BASE_URL}/app/banking/accounts`)
    const card = page.getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
    const checkNow = card.getByRole("button", { name: "Check Now" })
    await checkNow.click()
    await card.locator('[data-testid="connection-health"][data-state="refreshing"]').waitFor({ timeout: 30_000 })
    expect(await card.getByTestId("connection-health").textContent()).toBe("RefreshingAsking the bank now.")
    expect(await checkNow.isDisabled()).toBe(true)
    await screenshot(page, "resume-03-check-now-running")
    const notice = card.getByTestId("connection-notice")
    await notice
      .filter({ hasText: "Your bank asks for a verification. The MFA notification recipients were emailed a link." })
      .waitFor({ timeout: 60_000 })
    await card.locator('[data-testid="connection-health"][data-state="mfa_required"]').waitFor()
    expect(await checkNow.isDisabled()).toBe(false)

    const mails = await waitForMails(RECIPIENTS, RECIPIENTS.length)
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(RECIPIENTS)
    for (const mail of mails) {
      expect(mail.subject).toContain("Flinks Capital")
      expect(mail.text).toMatch(RESUME_LINK)
    }
    resumeLink = mails[0].text.match(RESUME_LINK)![0]
    expect(mails[1].text.match(RESUME_LINK)![0]).toBe(resumeLink)
    await page.waitForTimeout(300)
    await screenshot(page, "resume-04-check-now-emailed")

    // Asked again, the bank still wants its answer; the recipients were told already.
    await checkNow.click()
    await notice
      .filter({
        hasText:
          "Your bank asks for a verification. The MFA notification recipients were already told; answer with Edit Credentials.",
      })
      .waitFor({ timeout: 60_000 })
    await page.waitForTimeout(2_000)
    expect(await mailsTo(RECIPIENTS)).toHaveLength(RECIPIENTS.length)
    await screenshot(page, "resume-05-check-now-already-told")
  })

  test("opens the emailed link signed out, answers the bank in Flinks Connect, then refreshes the missing lines", async ({
    browser,
  }) => {
    expect(resumeLink).toMatch(RESUME_LINK)
    linkContext = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const reader = await linkContext.newPage()
    // Not signed in: the dashboard asks first, then lands on the Resume page with the link's token.
    await reader.goto(resumeLink)
    await reader.waitForURL(/\/app\/login/)
    await logInHere(reader)
    await reader.waitForURL(/\/app\/banking\/resume/)
    await reader.getByRole("heading", { name: "Resume Bank Connection", level: 1 }).waitFor()

    const widget = widgetOf(reader)
    await reader
      .getByText("Your bank is asking for a verification. Answer its question below.")
      .waitFor({ timeout: 30_000 })
    // Flinks Connect opens at the bank's question: no bank list, no username or password.
    await widget.locator("#mfa-prompt").waitFor({ timeout: 30_000 })
    expect(await widget.getByLabel("Password").count()).toBe(0)
    await reader.waitForTimeout(300)
    await screenshot(reader, "resume-06-mfa-question")
    await answerSecurityQuestions(reader, widget)

    const active = reader.getByTestId("resume-active")
    await active
      .getByText("Flinks Capital (Flinks Canada) accepted your answer: the connection is active again.")
      .waitFor({ timeout: 60_000 })
    await active.getByRole("link", { name: new RegExp(`^${ACCOUNT} · ${LEDGER_CODE} `) }).waitFor()
    await reader.waitForTimeout(300)
    await screenshot(reader, "resume-07-active-again")

    // What arrived while the bank waited comes in with Refresh Transactions.
    await active.getByRole("link", { name: "Open the Bank Statement Centre" }).click()
    await reader.waitForURL(/\/app\/banking\/statements$/)
    await reader.getByRole("searchbox", { name: "Search feeds" }).fill(`capital savings ${LEDGER_CODE}`)
    const feedRow = reader.getByTestId("centre-feed-row").filter({ hasText: `${LEDGER_CODE} Bank - Savings CAD` })
    await feedRow.click()
    await reader.waitForURL(new RegExp(`[?&]feed=${feedId}`))
    await reader.getByRole("button", { name: "Refresh Transactions" }).click()
    const outcome = reader.getByTestId("refresh-outcome")
    await outcome.waitFor({ timeout: 60_000 })
    expect(await outcome.textContent()).toMatch(new RegExp(`^${NEW_LINES} new lines`))
    await screenshot(reader, "resume-08-refreshed")

    // The link works once.
    await reader.goto(resumeLink)
    const refused = reader.getByTestId("resume-refused")
    await refused.getByRole("alert").waitFor({ timeout: 30_000 })
    expect(await refused.getByRole("alert").textContent()).toMatch(/already (used|resumed)/)
    expect(await refused.getByRole("alert").textContent()).toContain(
      "Start a new sign-in with Edit Credentials in Manage Added Accounts."
    )
    await reader.waitForTimeout(300)
    await screenshot(reader, "resume-09-link-used")
    await refused.getByRole("link", { name: "Start a new sign-in" }).click()
    await reader.waitForURL(/\/app\/banking\/accounts$/)
    await reader
      .getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
      .locator('[data-testid="connection-health"][data-state="active"]')
      .waitFor()
  })
})

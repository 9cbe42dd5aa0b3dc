import { Browser, Page } from "playwright-core"
import { launchBrowser, logInToAdmin, screenshot, showingFailures } from "./browser"
import { answerSecurityQuestions, chooseFlinksCapital, signIn, widgetOf } from "./flinks-widget"

jest.setTimeout(180_000)

/** From the sidebar to the bank list of Flinks Canada, with the privacy statement agreed. */
async function openBankChoice(page: Page, shots: boolean) {
  await logInToAdmin(page)
  await page.getByRole("link", { name: "Banking", exact: true }).click()
  await page.waitForURL(/\/app\/banking$/)
  // The sidebar shows Banking's own screens once Banking is open.
  await page.getByRole("navigation").getByRole("link", { name: "Connect Bank Accounts", exact: true }).click()
  await page.waitForURL(/\/app\/banking\/connect$/)
  await page.getByRole("heading", { name: "Connect Bank Accounts", level: 1 }).waitFor()

  const canada = page.getByRole("button", { name: /Flinks Canada/ })
  await canada.waitFor()
  if (shots) await screenshot(page, "connect-01-provider")
  await canada.click()

  await page.getByRole("heading", { name: "Flinks Services Privacy Statement" }).waitFor()
  if (shots) await screenshot(page, "connect-02-consent")
  await page.getByRole("button", { name: "Agree and Continue" }).click()

  const search = page.getByPlaceholder("Search banks")
  await search.waitFor()
  await search.fill("capital")
  // The list is filtered by the server after a pause in typing: wait until other banks are gone.
  await page.getByRole("button", { name: "RBC Royal Bank" }).waitFor({ state: "detached" })
  if (shots) await screenshot(page, "connect-03-bank")
}

describe("Connect Bank Accounts", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  })

  afterEach(async () => {
    await page?.close()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("connects Flinks Capital through the Flinks Connect widget and lists its accounts", () =>
    showingFailures(page, "connect-bank", async () => {
      await openBankChoice(page, true)
      await page.getByRole("button", { name: "Flinks Capital", exact: true }).click()

      const widget = widgetOf(page)
      await chooseFlinksCapital(widget)
      await screenshot(page, "connect-04-sign-in")
      await signIn(widget, "Greatday", "Everyday")
      await widget.locator("#mfa-prompt").waitFor({ timeout: 30_000 })
      await screenshot(page, "connect-05-security-question")
      await answerSecurityQuestions(page, widget)

      const success = page.getByTestId("connect-success")
      await success.waitFor({ timeout: 60_000 })
      await page.getByRole("heading", { name: /^Connected to / }).waitFor()
      await page.getByRole("cell", { name: "Chequing CAD", exact: true }).waitFor()
      // Account types in words, not Flinks' codes.
      await page.getByRole("cell", { name: "Line of credit", exact: true }).waitFor()
      expect(await success.textContent()).not.toMatch(/CreditCard|LineOfCredit/)
      await screenshot(page, "connect-06-success")

      await page.getByRole("button", { name: "Done" }).click()
      await page.waitForURL(/\/app\/banking$/)
      // The list of connections was refreshed: the new one shows without a reload.
      await page.getByTestId("banking-connection").filter({ hasText: "Flinks Capital" }).first().waitFor()
      expect(await page.getByTestId("banking-empty").count()).toBe(0)
      await screenshot(page, "connect-07-banking")
    }))

  it("says in the merchant's words when the bank refuses the password, and starts again after too many tries", () =>
    showingFailures(page, "connect-wrong-password", async () => {
      await openBankChoice(page, false)
      await page.getByRole("button", { name: "Flinks Capital", exact: true }).click()

      const widget = widgetOf(page)
      await chooseFlinksCapital(widget)
      await signIn(widget, "Greatday", "Not-the-password")

      const notice = page.getByTestId("connect-notice")
      await notice.waitFor({ timeout: 30_000 })
      expect(await notice.textContent()).toBe(
        "Your bank did not accept the username or password. Check them and try again."
      )
      // A wrong password can be retried inside the widget: it stays.
      await page.locator('iframe[title="Flinks Connect"]').waitFor()
      await screenshot(page, "connect-wrong-password")

      // The third wrong password ends this sign-in; "Try again" opens a new one from the bank list.
      // (fill waits for the widget's next, enabled form after each refusal)
      for (let attempt = 2; attempt <= 3; attempt++) {
        await widget.getByLabel("Password").fill("Not-the-password")
        await widget.locator("#credentials-submit").click()
      }
      const error = page.getByTestId("connect-error")
      await error.waitFor({ timeout: 30_000 })
      expect(await error.textContent()).toBe(
        "Your bank did not accept the username or password. Check them and try again."
      )
      expect(await page.locator('iframe[title="Flinks Connect"]').count()).toBe(0)
      await screenshot(page, "connect-too-many-tries")

      await page.getByRole("button", { name: "Try again" }).click()
      await page.getByPlaceholder("Search banks").waitFor()
    }))
})

import { Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { flinksCapitalConnections } from "./banking-api"
import { screenshot, screenshotBothSizes } from "./browser"
import { answerSecurityQuestions, expectFlinksCapitalSignIn, signIn, WIDGET_SELECTOR, widgetOf } from "./flinks-widget"

/** From the sidebar (of a signed-in page) to the bank list of Flinks Canada, with the privacy statement agreed. */
async function openBankChoice(page: Page, shots: boolean) {
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

/** Flinks Capital chosen in the admin: the widget opens at its sign-in, and the admin says so. */
async function chooseFlinksCapital(page: Page) {
  await page.getByRole("button", { name: "Flinks Capital", exact: true }).click()
  await page.waitForURL(/[?&]step=sign-in/)
  await page.getByText("Sign in to Flinks Capital in the Flinks window below.", { exact: false }).waitFor()
  await expectFlinksCapitalSignIn(page)
}

const stepNotice = (page: Page) => page.getByTestId("connect-step-notice")

test.describe("Connect Bank Accounts", () => {
  // Each story on a signed-in page of its own: none carries a screen over to the next.
  test.describe.configure({ timeout: 180_000 })

  test("connects Flinks Capital through the Flinks Connect widget and lists its accounts", async ({
    adminPage: page,
  }) => {
    await openBankChoice(page, true)
    const before = (await flinksCapitalConnections(page)).length
    // One consent, one bank choice: the widget asks for neither again.
    await chooseFlinksCapital(page)
    await screenshotBothSizes(page, "connect-04-sign-in")

    const widget = widgetOf(page)
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
    await screenshotBothSizes(page, "connect-06-success")
    expect((await flinksCapitalConnections(page)).length).toBe(Math.max(before, 1))

    await page.getByRole("button", { name: "Done" }).click()
    await page.waitForURL(/\/app\/banking$/)
    // The list of connections was refreshed: the new one shows without a reload.
    await page.getByTestId("banking-connection").filter({ hasText: "Flinks Capital" }).first().waitFor()
    expect(await page.getByTestId("banking-empty").count()).toBe(0)
    await screenshot(page, "connect-07-banking")
  })

  test("walks back through the steps with the browser's Back, saying what leaving the sign-in or a success means", async ({
    adminPage: page,
  }) => {
    await openBankChoice(page, false)
    await chooseFlinksCapital(page)

    // Back in the middle of the sign-in: the bank list again, and why nothing was connected.
    await page.goBack()
    await page.getByPlaceholder("Search banks").waitFor()
    expect(await stepNotice(page).textContent()).toBe(
      "You left the sign-in to Flinks Capital before it finished: nothing was connected. Choose a bank to sign in again."
    )
    expect(await page.locator(WIDGET_SELECTOR).count()).toBe(0)
    expect(await page.locator('[aria-current="step"]').textContent()).toContain("Bank")
    await screenshotBothSizes(page, "connect-08-back-from-sign-in")
    // Forward does not reopen the sign-in that was left: it steps back to the bank list.
    await page.goForward()
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/[?&]step=bank/)
    expect(await page.locator(WIDGET_SELECTOR).count()).toBe(0)
    await page.getByPlaceholder("Search banks").waitFor()

    // Back to the consent, then to the provider; Forward returns to the consent of the same provider.
    await page.goBack()
    await page.getByRole("heading", { name: "Flinks Services Privacy Statement" }).waitFor()
    expect(await stepNotice(page).count()).toBe(0)
    await page.goBack()
    await page.getByRole("button", { name: /Flinks Canada/ }).waitFor()
    await page.goForward()
    await page.getByRole("heading", { name: "Flinks Services Privacy Statement" }).waitFor()
    expect(await page.getByText("Flinks Canada connects to your bank", { exact: false }).count()).toBe(1)

    // A reload in the middle of the sign-in lands on the consent, with a word, not on a broken step.
    await page.getByRole("button", { name: "Agree and Continue" }).click()
    await page.getByPlaceholder("Search banks").fill("capital")
    await page.getByRole("button", { name: "RBC Royal Bank" }).waitFor({ state: "detached" })
    await chooseFlinksCapital(page)
    await page.reload()
    await page.getByRole("heading", { name: "Flinks Services Privacy Statement" }).waitFor()
    expect(await stepNotice(page).textContent()).toMatch(
      /^The page was reloaded during the bank sign-in, which closed it: nothing was connected\./
    )
    await page.waitForURL(/[?&]step=consent/)
    await screenshotBothSizes(page, "connect-09-reloaded-in-sign-in")

    // Back from a success runs nothing again: the connection stays as it was.
    await page.getByRole("button", { name: "Agree and Continue" }).click()
    await page.getByPlaceholder("Search banks").fill("capital")
    await page.getByRole("button", { name: "RBC Royal Bank" }).waitFor({ state: "detached" })
    await chooseFlinksCapital(page)
    const widget = widgetOf(page)
    await signIn(widget, "Greatday", "Everyday")
    await answerSecurityQuestions(page, widget)
    await page.getByTestId("connect-success").waitFor({ timeout: 60_000 })
    const connected = (await flinksCapitalConnections(page)).map((item) => item.id)
    await page.goBack()
    await page.getByPlaceholder("Search banks").waitFor()
    expect(await stepNotice(page).textContent()).toBe(
      "Flinks Capital is connected: going back did not undo it. Choose another bank to connect it too."
    )
    expect(await page.getByTestId("connect-success").count()).toBe(0)
    expect(await page.locator(WIDGET_SELECTOR).count()).toBe(0)
    await page.waitForTimeout(500)
    expect((await flinksCapitalConnections(page)).map((item) => item.id)).toEqual(connected)
    await screenshotBothSizes(page, "connect-10-back-after-success")
  })

  test("says in the merchant's words when the bank refuses the password, and starts again after too many tries", async ({
    adminPage: page,
  }) => {
    await openBankChoice(page, false)
    await chooseFlinksCapital(page)

    const widget = widgetOf(page)
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
  })
})

import { expect, FrameLocator, Page } from "@playwright/test"
import { flinksCapitalAnswer } from "../flinks-capital-answers"

/**
 * Drives the sandbox's Flinks Connect page inside the admin's iframe, through its stable hooks
 * (sandbox/README.md, "The Connect page").
 */
export const WIDGET_SELECTOR = 'iframe[title="Flinks Connect"]'

export function widgetOf(page: Page): FrameLocator {
  return page.frameLocator(WIDGET_SELECTOR)
}

/** What the sandbox's Connect page reported so far (it keeps every event in `window.flinksEvents`). */
export async function widgetEvents(page: Page): Promise<string[]> {
  const frame = await (await page.locator(WIDGET_SELECTOR).elementHandle())!.contentFrame()
  return frame!.evaluate(() =>
    (window as unknown as { flinksEvents: { step: string }[] }).flinksEvents.map((event) => event.step)
  )
}

/**
 * Flinks Connect opened straight at Flinks Capital's sign-in: it neither asked for its own consent
 * (ours is on record) nor showed its bank list (the bank was chosen in the admin).
 */
export async function expectFlinksCapitalSignIn(page: Page) {
  const widget = widgetOf(page)
  await widget.getByLabel("Username").waitFor({ timeout: 30_000 })
  await widget.getByRole("heading", { name: "Flinks Capital", level: 1 }).waitFor()
  const events = await widgetEvents(page)
  expect(events).toContain("COMPONENT_LOAD_CREDENTIAL")
  expect(events).not.toContain("COMPONENT_LOAD_CONSENT")
  expect(events).not.toContain("COMPONENT_LOAD_INSTITUTION_SELECTOR")
  expect(await widget.locator("#consent-continue, #institutions, #back").count()).toBe(0)
}

export async function signIn(widget: FrameLocator, username: string, password: string) {
  await widget.getByLabel("Username").fill(username)
  await widget.getByLabel("Password").fill(password)
  await widget.locator("#credentials-submit").click()
}

/**
 * Waits for the widget's next step. The admin screen removes the widget as soon as it reports
 * success, so "gone" is an answer too (returns false then).
 */
async function nextStep(page: Page, widget: FrameLocator, steps: string): Promise<boolean> {
  await Promise.race([
    widget.locator(steps).first().waitFor({ timeout: 30_000 }),
    page.locator(WIDGET_SELECTOR).waitFor({ state: "detached", timeout: 30_000 }),
  ])
  return (await page.locator(WIDGET_SELECTOR).count()) > 0
}

/**
 * Flinks' Enhanced MFA step (asked of new Canadian sign-ins): the bank's other security questions,
 * answered once so that Flinks can answer them in unattended refreshes.
 */
async function answerEnhancedMfa(widget: FrameLocator) {
  const ids: [string, string][] = [
    ["#enhanced-mfa-city", "Montreal"],
    ["#enhanced-mfa-country", "Canada"],
    ["#enhanced-mfa-shape", "Triangle"],
  ]
  for (const [id, answer] of ids) {
    if (await widget.locator(id).isVisible()) await widget.locator(id).fill(answer)
  }
  await widget.locator("#enhanced-mfa-submit").click()
  await widget.locator("#enhanced-mfa").waitFor({ state: "hidden", timeout: 30_000 })
}

/** Answers security questions, one at a time, until the bank asks no more (Enhanced MFA included). */
export async function answerSecurityQuestions(page: Page, widget: FrameLocator) {
  const frame = await (await page.locator(WIDGET_SELECTOR).elementHandle())!.contentFrame()
  for (let round = 0; round < 6; round++) {
    if (!(await nextStep(page, widget, "#mfa-prompt, #enhanced-mfa, #accounts, #success"))) return
    if (await widget.locator("#enhanced-mfa").isVisible()) {
      await answerEnhancedMfa(widget)
      continue
    }
    if (!(await widget.locator("#mfa-prompt").isVisible())) return
    const prompt = (await widget.locator("#mfa-prompt").textContent()) ?? ""
    const answer = flinksCapitalAnswer(prompt)
    if (!answer) throw new Error(`No answer known for the security question "${prompt}"`)
    await widget.getByLabel("Answer").fill(answer)
    await widget.locator("#mfa-submit").click()
    // The page draws the next step in place: wait until this question's filled-in field is gone.
    await frame!
      .waitForFunction(() => {
        const input = document.getElementById("mfa-answer") as HTMLInputElement | null
        return !input || (input.value === "" && !input.disabled)
      })
      .catch(async (error) => {
        if ((await page.locator(WIDGET_SELECTOR).count()) > 0) throw error
      })
  }
  throw new Error("The bank kept asking security questions")
}

/**
 * Connects Flinks Capital through the admin's Connect screen, as a merchant would, for browser tests
 * that need a connected bank (the suites share one database but may run alone). Expects a
 * logged-in admin; ends on the screen's success step.
 */
export async function connectFlinksCapital(
  page: Page,
  baseUrl: string,
  provider: "Flinks Canada" | "Flinks USA" = "Flinks Canada"
) {
  await page.goto(`${baseUrl}/app/banking/connect`)
  await page.getByRole("button", { name: new RegExp(provider) }).click()
  await page.getByRole("button", { name: "Agree and Continue" }).click()
  await page.getByPlaceholder("Search banks").fill("capital")
  await page.getByRole("button", { name: "Flinks Capital", exact: true }).click()

  const widget = widgetOf(page)
  await expectFlinksCapitalSignIn(page)
  await signIn(widget, "Greatday", "Everyday")
  await answerSecurityQuestions(page, widget)
  await page.getByTestId("connect-success").waitFor({ timeout: 60_000 })
}

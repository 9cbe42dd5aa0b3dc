import { FrameLocator, Page } from "playwright-core"

/**
 * Drives the sandbox's Flinks Connect page inside the admin's iframe, through its stable hooks
 * (sandbox/README.md, "The Connect page").
 */
export const WIDGET_SELECTOR = 'iframe[title="Flinks Connect"]'

/** Flinks Capital's Canadian security questions and their answers (the reference, section 7). */
const ANSWERS: [RegExp, string][] = [
  [/city/i, "Montreal"],
  [/country/i, "Canada"],
  [/shape/i, "Triangle"],
]

export function widgetOf(page: Page): FrameLocator {
  return page.frameLocator(WIDGET_SELECTOR)
}

/** Past the consent (when shown) to the bank list, then Flinks Capital's sign-in form. */
export async function chooseFlinksCapital(widget: FrameLocator) {
  await widget.locator("#consent-continue, #institutions").first().waitFor({ timeout: 30_000 })
  if (await widget.locator("#consent-continue").isVisible()) {
    await widget.locator("#consent-continue").click()
  }
  await widget.getByRole("button", { name: "Flinks Capital", exact: true }).click()
  await widget.getByLabel("Username").waitFor()
}

export async function signIn(widget: FrameLocator, username: string, password: string) {
  await widget.getByLabel("Username").fill(username)
  await widget.getByLabel("Password").fill(password)
  await widget.locator("#credentials-submit").click()
}

/** Answers security questions, one at a time, until the bank asks no more. */
export async function answerSecurityQuestions(page: Page, widget: FrameLocator) {
  const frame = await (await page.locator(WIDGET_SELECTOR).elementHandle())!.contentFrame()
  for (let round = 0; round < 6; round++) {
    await widget.locator("#mfa-prompt, #accounts, #success").first().waitFor({ timeout: 30_000 })
    if (!(await widget.locator("#mfa-prompt").isVisible())) return
    const prompt = (await widget.locator("#mfa-prompt").textContent()) ?? ""
    const answer = ANSWERS.find(([question]) => question.test(prompt))?.[1]
    if (!answer) throw new Error(`No answer known for the security question "${prompt}"`)
    await widget.getByLabel("Answer").fill(answer)
    await widget.locator("#mfa-submit").click()
    // The page draws the next step in place: wait until this question's filled-in field is gone.
    await frame!.waitForFunction(() => {
      const input = document.getElementById("mfa-answer") as HTMLInputElement | null
      return !input || (input.value === "" && !input.disabled)
    })
  }
  throw new Error("The bank kept asking security questions")
}

/** Picks the named account when the widget asks (radio or checkbox), then finishes. */
export async function selectAccount(widget: FrameLocator, title: string) {
  await widget.locator("#accounts, #success").first().waitFor({ timeout: 30_000 })
  if (!(await widget.locator("#accounts").isVisible())) return
  await widget.getByLabel(new RegExp(`^${title}\\b`)).check()
  await widget.locator("#accounts-submit").click()
}

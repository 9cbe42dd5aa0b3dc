import { Browser, Page } from "playwright-core"
import { launchBrowser, logInToAdmin, screenshot, showingFailures } from "./browser"

jest.setTimeout(90_000)

describe("the Banking page in the admin", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("is found in the sidebar after logging in, and opens on the list of connections", () =>
    showingFailures(page, "banking-page", async () => {
      await logInToAdmin(page)

      const sidebarLink = page.getByRole("link", { name: "Banking" })
      await sidebarLink.waitFor({ timeout: 30_000 })
      await sidebarLink.click()

      await page.waitForURL(/\/app\/banking$/)
      await page.getByRole("heading", { name: "Banking", level: 1 }).waitFor()
      await page.getByText("Flinks Canada", { exact: true }).waitFor()
      // The browser tests share one database, and connect-bank.e2e.ts may have run first: the list
      // is either empty, saying so, or lists connections.
      const empty = page.getByTestId("banking-empty")
      await empty.or(page.getByTestId("banking-connection").first()).waitFor()
      if (await empty.isVisible()) {
        expect(await empty.textContent()).toBe("No bank connected yet.")
      }

      await screenshot(page, "banking-page")
    }))
})

import { expect, test } from "./fixtures"
import { screenshot } from "./browser"

test.describe("the Banking page in the admin", () => {
  test.describe.configure({ timeout: 90_000 })

  test("is found in the sidebar after logging in, and opens on the list of connections", async ({
    adminPage: page,
  }) => {
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
  })
})

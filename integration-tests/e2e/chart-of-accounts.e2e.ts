import { Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import { screenshot } from "./browser"

/** A file as a merchant's spreadsheet would save it: one bad type, one code already in the chart. */
const CHART_CSV = [
  "Code,Name,Type,Currency",
  "5010,Cost of Goods Sold,expense,CAD",
  '5020,"Shipping, Canada Post",expense,CAD',
  "5030,Packaging,supplies,CAD",
  "1010,Chequing again,asset,CAD",
].join("\r\n")

const rowOf = (page: Page, code: string) => page.getByTestId("ledger-account-row").filter({ hasText: code })

/** From the sidebar of a signed-in page. */
async function openChartOfAccounts(page: Page) {
  await page.getByRole("link", { name: "Banking", exact: true }).click()
  await page.waitForURL(/\/app\/banking$/)
  await page.getByRole("navigation").getByRole("link", { name: "Chart of Accounts", exact: true }).click()
  await page.waitForURL(/\/app\/banking\/chart-of-accounts$/)
  await page.getByRole("heading", { name: "Chart of Accounts", level: 1 }).waitFor()
}

test.describe("Chart of Accounts", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 })
  let page: Page

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    await page?.context().close()
  })

  test("shows the seeded chart, finds accounts, creates, edits and archives one", async () => {
    await openChartOfAccounts(page)
    await rowOf(page, "1010").filter({ hasText: "Bank - Chequing CAD" }).waitFor()
    await rowOf(page, "6100").filter({ hasText: "Bank Fees" }).waitFor()
    await screenshot(page, "coa-01-list")

    await page.getByPlaceholder("Search code or name").fill("chequing")
    await rowOf(page, "4000").waitFor({ state: "detached" })
    expect(await page.getByTestId("ledger-account-row").count()).toBe(2)
    await page.getByPlaceholder("Search code or name").fill("")
    await rowOf(page, "4000").waitFor()

    await page.getByRole("button", { name: "Create" }).click()
    const drawer = page.getByRole("dialog", { name: "Create ledger account" })
    await drawer.getByLabel("Code").fill("1050")
    await drawer.getByLabel("Name").fill("Bank - Savings USD")
    await drawer.getByRole("combobox", { name: "Type" }).click()
    await page.getByRole("option", { name: "Asset" }).click()
    await drawer.getByLabel("Currency").fill("usd")
    await screenshot(page, "coa-02-create")
    await drawer.getByRole("button", { name: "Create" }).click()
    await page.getByText("Ledger account created").waitFor()
    await drawer.waitFor({ state: "detached" })
    await rowOf(page, "1050").filter({ hasText: "Bank - Savings USD" }).filter({ hasText: "USD" }).waitFor()

    // The same code again is refused with the server's sentence, and the drawer stays open.
    await page.getByRole("button", { name: "Create" }).click()
    await drawer.getByLabel("Code").fill("1050")
    await drawer.getByLabel("Name").fill("Another")
    await drawer.getByRole("button", { name: "Create" }).click()
    await drawer.getByRole("alert").filter({ hasText: "A ledger account with code 1050 already exists." }).waitFor()
    await screenshot(page, "coa-03-duplicate")
    await drawer.getByRole("button", { name: "Cancel" }).click()
    await drawer.waitFor({ state: "detached" })

    await page.getByRole("button", { name: "Actions for 1050 Bank - Savings USD" }).click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const editor = page.getByRole("dialog", { name: "Edit 1050 Bank - Savings USD" })
    await editor.getByLabel("Name").fill("Bank - Savings US")
    await editor.getByRole("button", { name: "Save" }).click()
    await page.getByText("Ledger account saved").waitFor()
    await rowOf(page, "1050").getByText("Bank - Savings US", { exact: true }).waitFor()

    await page.getByRole("button", { name: "Actions for 1050 Bank - Savings US", exact: true }).click()
    await page.getByRole("menuitem", { name: "Archive" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click()
    await rowOf(page, "1050").waitFor({ state: "detached" })
    await page.getByLabel("Show archived").click()
    await rowOf(page, "1050").filter({ hasText: "Archived" }).waitFor()
    await screenshot(page, "coa-04-archived")
  })

  test("imports a CSV file and reports row by row what was refused and why", async () => {
    await page.reload()
    await page.getByRole("heading", { name: "Chart of Accounts", level: 1 }).waitFor()
    await page.getByRole("button", { name: "Import CSV" }).click()
    const drawer = page.getByRole("dialog", { name: "Import CSV" })
    await drawer.getByLabel("CSV file (up to 1 MB)").setInputFiles({
      name: "chart.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CHART_CSV, "utf8"),
    })
    await screenshot(page, "coa-05-import-file")
    await drawer.getByRole("button", { name: "Import" }).click()

    const report = drawer.getByTestId("import-report")
    await report.waitFor()
    expect(await drawer.getByTestId("import-summary").textContent()).toBe("2 accounts created, 2 rows refused.")
    const refused = drawer.locator('[data-testid="import-row"][data-status="refused"]')
    expect(await refused.allTextContents()).toEqual([
      "45030RefusedType must be one of asset, liability, equity, revenue, expense",
      "51010RefusedCode 1010 is already used",
    ])
    await screenshot(page, "coa-06-import-report")

    await drawer.getByRole("button", { name: "Done" }).click()
    await drawer.waitFor({ state: "detached" })
    await rowOf(page, "5010").filter({ hasText: "Cost of Goods Sold" }).waitFor()
    await rowOf(page, "5020").filter({ hasText: "Shipping, Canada Post" }).waitFor()
    await screenshot(page, "coa-07-after-import")
  })
})

import { Locator, Page } from "@playwright/test"
import { expect, test } from "./fixtures"
import {
  adminJson,
  Connection,
  daysAgo,
  flinksCapitalConnections,
  sandbox,
  SyncRun,
  waitForSyncRun,
} from "./banking-api"
import { BASE_URL, screenshot, screenshotBothSizes } from "./browser"
import {
  answerSecurityQuestions,
  connectFlinksCapital,
  expectFlinksCapitalSignIn,
  signIn,
  WIDGET_SELECTOR,
  widgetOf,
} from "./flinks-widget"

/** How long Flinks (the sandbox) refuses DeleteCard after a live sign-in, by default. */
const DEFAULT_CARD_IN_USE_SECONDS = 10

/** Greatday's LoginId at the sandbox: the login every browser test signs in with. */
async function greatdayLoginId(): Promise<string> {
  const { logins } = await sandbox<{
    logins: { loginId: string; country: string; username: string; language: string }[]
  }>("GET", "/__sandbox/state")
  const login = logins.find((item) => item.country === "CA" && item.username === "Greatday" && item.language === "en")
  if (!login) throw new Error("The sandbox knows no Greatday login")
  return login.loginId
}

/**
 * The suites share one database and may run alone or in any order: this one needs Flinks Capital
 * connected with exactly one feed linked (Chequing CAD to 1010), set up through the HTTP API.
 */
async function connectWithChequingLinked(page: Page): Promise<Connection> {
  if ((await flinksCapitalConnections(page)).length === 0) await connectFlinksCapital(page, BASE_URL)
  const [connection] = await flinksCapitalConnections(page)
  for (const account of connection.accounts) {
    if (account.feed && account.title !== "Chequing CAD") {
      await adminJson(page, "POST", `/admin/banking/feeds/${account.feed.id}/unlink`)
    }
  }
  const chequing = connection.accounts.find((account) => account.title === "Chequing CAD")!
  if (!chequing.feed) {
    const { ledger_accounts } = await adminJson<{ ledger_accounts: { id: string; code: string }[] }>(
      page,
      "GET",
      "/admin/banking/ledger-accounts?q=1010"
    )
    const ledger = ledger_accounts.find((account) => account.code === "1010")!
    const linked = await adminJson<{ sync_run: SyncRun | null }>(page, "POST", "/admin/banking/feeds", {
      bank_account_id: chequing.id,
      ledger_account_id: ledger.id,
      start_date: daysAgo(30),
    })
    // The first import runs in the background; the story starts from a connection at rest.
    if (linked.sync_run) await waitForSyncRun(page, linked.sync_run.id)
  }
  return connection
}

/** From the Banking page's card, as a merchant finds the screen. */
async function openManageAddedAccounts(page: Page) {
  await page.goto(`${BASE_URL}/app/banking`)
  await page.getByRole("link", { name: /^Manage Added Accounts\s*See each connection/ }).click()
  await page.waitForURL(/\/app\/banking\/accounts$/)
  await page.getByRole("heading", { name: "Manage Added Accounts", level: 1 }).waitFor()
}

function cardOf(page: Page): Locator {
  return page.getByRole("region", { name: "Flinks Capital (Flinks Canada)", exact: true })
}

/** Waits for the Flinks frame to stop, then for the dialog around it to close. */
async function waitForEditCredentialsToClose(page: Page) {
  await page.locator(WIDGET_SELECTOR).waitFor({ state: "detached", timeout: 60_000 })
  await page.getByRole("dialog", { name: /^Edit Credentials/ }).waitFor({ state: "detached" })
}

test.describe("Manage Added Accounts", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 })
  let page: Page

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    await sandbox("POST", "/__sandbox/variants", { cardInUseSeconds: DEFAULT_CARD_IN_USE_SECONDS }).catch(() => {})
    await page?.context().close()
  })

  test("lists the connection with its health and feeds, refuses to delete it while a feed is linked, and edits its credentials when the bank asks MFA", async () => {
    const connection = await connectWithChequingLinked(page)
    // The bank will ask a question the next time it is contacted with the stored login.
    await sandbox("POST", `/__sandbox/logins/${await greatdayLoginId()}/require-mfa`)

    await openManageAddedAccounts(page)
    const card = cardOf(page)
    await card.waitFor()
    await card.getByText("Flinks Canada", { exact: true }).waitFor()
    expect(await card.getByTestId("connection-health").textContent()).toMatch(/^(Active|Refreshing|MFA required|Error)/)
    expect(await card.getByTestId("connection-last-success").textContent()).not.toBe("Never")
    const chequing = card.getByTestId("connection-account").filter({ hasText: "Chequing CAD" })
    expect(await chequing.getByTestId("connection-account-feed").textContent()).toContain("1010 Bank - Chequing CAD")
    expect(await card.getByTestId("connection-feed-count").textContent()).toBe(
      `1 of ${connection.accounts.length} accounts linked`
    )
    await screenshot(page, "manage-01-list")

    // A linked feed keeps the connection: Delete Account says why instead of asking to confirm.
    await card.getByRole("button", { name: "Delete Account" }).click()
    const refusal = card.getByTestId("connection-notice")
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain("Unlink the mapping first")
    expect(await refusal.textContent()).toContain("Chequing CAD posts to 1010 Bank - Chequing CAD")
    expect(await page.getByRole("alertdialog").count()).toBe(0)
    await screenshot(page, "manage-02-unlink-first")

    await card.getByRole("button", { name: "Edit Credentials" }).click()
    const dialog = page.getByRole("dialog", { name: "Edit Credentials: Flinks Capital (Flinks Canada)" })
    await dialog
      .getByText("Your bank is asking for a verification. Answer its question below.")
      .waitFor({ timeout: 30_000 })
    // Leaving the question unanswered leaves the connection saying so, reason included.
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "detached" })
    await card.locator('[data-testid="connection-health"][data-state="mfa_required"]').waitFor()
    await card.getByTestId("connection-health").getByText("MFA required", { exact: true }).waitFor()
    expect(await card.getByTestId("connection-health-reason").textContent()).toMatch(/\w/)
    await screenshot(page, "manage-03-mfa-required")

    await card.getByRole("button", { name: "Edit Credentials" }).click()
    await dialog
      .getByText("Your bank is asking for a verification. Answer its question below.")
      .waitFor({ timeout: 30_000 })
    const widget = widgetOf(page)
    // Flinks Connect opens at the bank's question: no bank list, no username or password.
    await widget.locator("#mfa-prompt").waitFor({ timeout: 30_000 })
    expect(await widget.getByLabel("Password").count()).toBe(0)
    await page.waitForTimeout(300)
    await screenshot(page, "manage-04-mfa-question")
    await answerSecurityQuestions(page, widget)
    await waitForEditCredentialsToClose(page)

    await card
      .getByTestId("connection-notice")
      .filter({ hasText: "Flinks Capital (Flinks Canada) is connected again." })
      .waitFor({ timeout: 30_000 })
    await card.locator('[data-testid="connection-health"][data-state="active"]').waitFor()
    expect(await card.getByTestId("connection-health").textContent()).toBe("Active")
    // The same connection was updated: no second one, here or at the server.
    expect(await cardOf(page).count()).toBe(1)
    const after = await flinksCapitalConnections(page)
    expect(after.map((item) => item.id)).toEqual([connection.id])
    await page.waitForTimeout(300)
    await screenshot(page, "manage-05-active-again")
  })

  test("signs in again when the password changed at the bank, still on the same connection", async () => {
    const [connection] = await flinksCapitalConnections(page)
    await sandbox("POST", `/__sandbox/logins/${await greatdayLoginId()}/change-password`)

    await page.reload()
    const card = cardOf(page)
    await card.getByRole("button", { name: "Edit Credentials" }).click()
    const dialog = page.getByRole("dialog", { name: "Edit Credentials: Flinks Capital (Flinks Canada)" })
    await dialog
      .getByText("Sign in to Flinks Capital (Flinks Canada) again with your current username and password.", {
        exact: false,
      })
      .waitFor({ timeout: 30_000 })
    const widget = widgetOf(page)
    // Flinks Connect opens at the connection's own bank, as the README says: no bank list, no second consent.
    await expectFlinksCapitalSignIn(page)
    await screenshotBothSizes(page, "manage-06-sign-in-again")
    await signIn(widget, "Greatday", "Everyday")
    // A sign-in with a password is a new device to the bank: it asks a question too.
    await answerSecurityQuestions(page, widget)
    await waitForEditCredentialsToClose(page)

    await card.locator('[data-testid="connection-health"][data-state="active"]').waitFor({ timeout: 30_000 })
    expect((await flinksCapitalConnections(page)).map((item) => item.id)).toEqual([connection.id])
    expect(await cardOf(page).count()).toBe(1)
  })

  test("unlinks the feed, then deletes the account keeping its transactions, showing Flinks' refusal while the login is busy", async () => {
    await page.reload()
    const card = cardOf(page)
    const chequing = card.getByTestId("connection-account").filter({ hasText: "Chequing CAD" })
    await chequing.getByRole("button", { name: "Unlink" }).click()
    const unlinkPrompt = page.getByRole("alertdialog")
    await unlinkPrompt.getByText("Unlink Chequing CAD?").waitFor()
    await unlinkPrompt.getByRole("button", { name: "Unlink" }).click()
    await page.getByText("Chequing CAD unlinked").waitFor()
    await chequing.getByTestId("connection-account-feed").getByText("Not linked").waitFor()
    await card
      .getByTestId("connection-feed-count")
      .getByText(/^0 of \d+ accounts linked$/)
      .waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, "manage-07-unlinked")

    // Flinks refuses to delete a login it signed in to moments ago (CARD_IN_USE): hold it there.
    await sandbox("POST", "/__sandbox/variants", { cardInUseSeconds: 3600 })
    await card.getByRole("button", { name: "Delete Account" }).click()
    const confirm = page.getByRole("alertdialog", { name: "Delete Flinks Capital (Flinks Canada)?" })
    await confirm.waitFor()
    const description = (await confirm.textContent()) ?? ""
    expect(description).toContain("The bank login is also deleted at Flinks.")
    expect(description).toMatch(
      /This connection and its \d+ accounts are removed, and nothing more will import from them\./
    )
    await confirm.getByRole("radio", { name: "Keep the imported transactions" }).click()
    expect(
      await confirm.getByRole("radio", { name: "Keep the imported transactions" }).getAttribute("aria-checked")
    ).toBe("true")
    await page.waitForTimeout(300)
    await screenshot(page, "manage-08-delete-confirm")

    await confirm.getByRole("button", { name: "Delete Account" }).click()
    const busy = confirm.getByTestId("delete-connection-error")
    await busy.waitFor({ timeout: 30_000 })
    expect(await busy.textContent()).toMatch(/Flinks is still processing this (bank )?login/)
    // Nothing was deleted (the card behind the dialog is hidden from the accessibility tree).
    expect(await flinksCapitalConnections(page)).toHaveLength(1)
    await screenshot(page, "manage-09-flinks-busy")

    await sandbox("POST", "/__sandbox/variants", { cardInUseSeconds: 0 })
    const deleted = page.waitForResponse(
      (response) => response.request().method() === "DELETE" && response.url().includes("/admin/banking/connections/")
    )
    await confirm.getByRole("button", { name: "Try again" }).click()
    const response = await deleted
    expect(response.url()).toContain("keep_transactions=true")
    expect(await response.json()).toMatchObject({ object: "bank_connection", deleted: true, transactions_kept: true })
    await confirm.waitFor({ state: "detached" })
    await page.getByText("Flinks Capital (Flinks Canada) deleted").waitFor()
    await cardOf(page).waitFor({ state: "detached" })
    expect(await flinksCapitalConnections(page)).toEqual([])
    if ((await page.getByTestId("connection-card").count()) === 0) {
      await page.getByTestId("manage-accounts-empty").getByRole("link", { name: "Connect Bank Accounts" }).waitFor()
    }
    await page.waitForTimeout(300)
    await screenshot(page, "manage-10-deleted")
  })
})

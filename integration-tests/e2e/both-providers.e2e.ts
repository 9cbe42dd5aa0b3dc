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
import { BASE_URL, screenshot } from "./browser"
import { sidewaysOverflow, wrappedButtons } from "./fits-sideways"
import { connectFlinksCapital } from "./flinks-widget"

const CANADA = "Flinks Capital (Flinks Canada)"
const USA = "Flinks Capital (Flinks USA)"
const SIZES = [
  { name: "1440", width: 1440, height: 900 },
  { name: "1024", width: 1024, height: 768 },
] as const
/**
 * What must read on one line: Medusa's buttons, and links drawn as buttons, which carry its compact
 * text classes (the provider cards of Connect are buttons of several lines by design), and the
 * sidebar's Banking items.
 */
const ONE_LINE_LABELS =
  "main button[class*='txt-compact'], main a[class*='txt-compact'], a[href*='/banking']:not(main a) p"
/** Every Banking screen a merchant opens from the sidebar or the Banking page. */
const SCREENS = [
  { path: "/banking", heading: "Banking" },
  { path: "/banking/connect", heading: "Connect Bank Accounts" },
  { path: "/banking/link-feeds", heading: "Link Bank Feeds" },
  { path: "/banking/accounts", heading: "Manage Added Accounts" },
  { path: "/banking/statements", heading: "Bank Statement Centre" },
  { path: "/banking/chart-of-accounts", heading: "Chart of Accounts" },
  { path: "/settings/banking", heading: "Banking" },
]

type ConnectionWithCurrencies = Connection & {
  accounts: (Connection["accounts"][number] & { currency_code: string })[]
}

async function connectionsOf(page: Page): Promise<ConnectionWithCurrencies[]> {
  const { connections } = await adminJson<{ connections: ConnectionWithCurrencies[] }>(
    page,
    "GET",
    "/admin/banking/connections?limit=100"
  )
  return connections.filter((connection) => connection.institution_name === "Flinks Capital")
}

/** The account titles of the sandbox's login on one instance, in the order Flinks lists them. */
async function bankOrderAtFlinks(country: "CA" | "US"): Promise<string[]> {
  const { logins } = await sandbox<{
    logins: {
      country: string
      username: string
      language: string
      accounts: { title: string; visible: boolean }[] | null
    }[]
  }>("GET", "/__sandbox/state")
  const login = logins.find(
    (item) => item.country === country && item.username === "Greatday" && item.language === "en"
  )
  return (login?.accounts ?? []).filter((account) => account.visible !== false).map((account) => account.title)
}

/** A toast the admin shows, found by its text, with its place on the screen. */
async function toastSaying(
  page: Page,
  text: string | RegExp
): Promise<{ toast: Locator; box: { x: number; y: number; width: number; height: number } }> {
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: text }).last()
  await toast.waitFor({ timeout: 60_000 })
  // Toasts slide in: read the place once it has settled.
  await page.waitForTimeout(500)
  const box = (await toast.boundingBox())!
  return { toast, box }
}

/** Lets the toasts of the last action go by, so the next one's toast is the only one. */
async function noToasts(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll("[data-sonner-toast]").length === 0, undefined, {
    timeout: 30_000,
  })
}

function expectInViewport(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const viewport = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
}

test.describe("Flinks Canada and Flinks USA side by side", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 })
  let page: Page
  /** What this suite added, taken away at the end: the suites share one database. */
  const linkedHere: string[] = []
  let usaConnectionId: string | null = null

  test.beforeAll(async ({ openAdminPage }) => {
    page = await openAdminPage({ viewport: { width: 1440, height: 900 } })
  })

  test.afterAll(async () => {
    try {
      for (const feedId of linkedHere) {
        await adminJson(page, "POST", `/admin/banking/feeds/${feedId}/unlink`).catch(() => {})
      }
      if (usaConnectionId) {
        await sandbox("POST", "/__sandbox/variants", { cardInUseSeconds: 0 })
        await page.request.fetch(`${BASE_URL}/admin/banking/connections/${usaConnectionId}?keep_transactions=false`, {
          method: "DELETE",
        })
      }
    } finally {
      await sandbox("POST", "/__sandbox/variants", { cardInUseSeconds: 10 }).catch(() => {})
      await page?.context().close()
    }
  })

  test("names the provider wherever the same bank is connected on both, and keeps the bank's order of accounts", async () => {
    if ((await flinksCapitalConnections(page)).length === 0) await connectFlinksCapital(page, BASE_URL)
    await connectFlinksCapital(page, BASE_URL, "Flinks USA")
    await page
      .getByTestId("connect-success")
      .getByRole("heading", { name: `Connected to ${USA}` })
      .waitFor()
    const connections = await connectionsOf(page)
    usaConnectionId = connections.find((connection) => connection.provider === "flinks-us")!.id

    // The Banking page lists both, told apart.
    await page.goto(`${BASE_URL}/app/banking`)
    const rows = page.getByTestId("banking-connection")
    await rows.filter({ hasText: USA }).waitFor()
    await rows.filter({ hasText: CANADA }).waitFor()
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await screenshot(page, `providers-01-banking-${size.name}`)
    }
    await page.setViewportSize(SIZES[0])

    // Link Bank Feeds offers each account once, with its provider: no two entries read alike.
    await page.goto(`${BASE_URL}/app/banking/link-feeds`)
    await page.getByRole("combobox", { name: "Bank Account Feeds" }).click()
    const options = page.getByRole("option")
    await options.first().waitFor()
    const labels = (await options.allTextContents()).map((label) => label.trim())
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels).toContain(`Credit card ···4242 · ${CANADA} · CAD`)
    expect(labels).toContain(`Credit card ···4242 · ${USA} · USD`)
    await page.waitForTimeout(300)
    await screenshot(page, "providers-02-link-feeds-choices")
    await page.keyboard.press("Escape")

    // The accounts keep the bank's order, load after load, on the screen and in the API.
    const flinksOrder = { "flinks-ca": await bankOrderAtFlinks("CA"), "flinks-us": await bankOrderAtFlinks("US") }
    for (let load = 0; load < 3; load++) {
      await page.goto(`${BASE_URL}/app/banking/accounts`)
      for (const [provider, name] of [
        ["flinks-us", USA],
        ["flinks-ca", CANADA],
      ] as const) {
        const card = page.getByRole("region", { name, exact: true })
        await card.getByTestId("connection-account").first().waitFor()
        const titles = await card
          .getByTestId("connection-account")
          .evaluateAll((rows) => rows.map((row) => row.querySelector("td")?.textContent?.trim() ?? ""))
        expect(titles).toHaveLength(flinksOrder[provider].length)
        // Each row starts with the bank's title, in the bank's own order.
        for (const [index, title] of titles.entries()) expect(title.startsWith(flinksOrder[provider][index])).toBe(true)
      }
    }
    await screenshot(page, "providers-03-manage-both")
  })

  test("shows the outcome of Delete Account, Edit Credentials and Check Now in view, in one place, even on the lower card", async () => {
    await page.goto(`${BASE_URL}/app/banking/accounts`)
    const cards = page.getByTestId("connection-card")
    await cards.nth(1).waitFor()
    const lower = cards.last()
    const lowerName = (await lower.getAttribute("aria-label"))!
    const lowerConnection = (await connectionsOf(page)).find(
      (connection) => lowerName === (connection.provider === "flinks-us" ? USA : CANADA)
    )!
    // A linked feed makes Delete Account refuse: link one on the lower card if none is.
    if (!lowerConnection.accounts.some((account) => account.feed)) {
      const account = lowerConnection.accounts[0]
      const { ledger_accounts } = await adminJson<{
        ledger_accounts: { id: string; currency_code: string; type: string }[]
      }>(page, "GET", "/admin/banking/ledger-accounts?limit=200")
      const ledger = ledger_accounts.find(
        (item) =>
          item.currency_code.toUpperCase() === account.currency_code.toUpperCase() &&
          ["asset", "liability"].includes(item.type)
      )!
      const linked = await adminJson<{ feed: { id: string }; sync_run: SyncRun | null }>(
        page,
        "POST",
        "/admin/banking/feeds",
        {
          bank_account_id: account.id,
          ledger_account_id: ledger.id,
          start_date: daysAgo(2),
        }
      )
      linkedHere.push(linked.feed.id)
      if (linked.sync_run) await waitForSyncRun(page, linked.sync_run.id)
      await page.reload()
      await lower.waitFor()
    }

    // Where each toast stood, and the width of the window it stood in.
    const places: { right: number; width: number }[] = []
    const remember = (box: { x: number; width: number }) =>
      places.push({ right: box.x + box.width, width: page.viewportSize()!.width })
    for (const size of SIZES) {
      await page.setViewportSize(size)
      await page.evaluate(() => window.scrollTo(0, 0))
      await noToasts(page)
      await lower.getByRole("button", { name: "Delete Account" }).click()
      const refusal = await toastSaying(page, "Unlink the mapping first")
      expectInViewport(page, refusal.box)
      remember(refusal.box)
      expect(await page.getByRole("alertdialog").count()).toBe(0)
      await screenshot(page, `outcomes-01-delete-refused-${size.name}`)
      await page.keyboard.press("Escape")
    }

    await page.setViewportSize(SIZES[1])
    await page.evaluate(() => window.scrollTo(0, 0))
    await noToasts(page)
    await lower.getByRole("button", { name: "Edit Credentials" }).click()
    const accepted = await toastSaying(page, /accepted the saved sign-in|connected again/)
    expectInViewport(page, accepted.box)
    remember(accepted.box)
    await screenshot(page, "outcomes-02-edit-credentials-1024")

    await page.evaluate(() => window.scrollTo(0, 0))
    await noToasts(page)
    await lower.getByRole("button", { name: "Check Now" }).click()
    const checked = await toastSaying(page, lowerName)
    expectInViewport(page, checked.box)
    remember(checked.box)
    await screenshot(page, "outcomes-03-check-now-1024")

    // One place for every outcome: the admin's toasts, bottom right, whatever the size.
    for (const place of places) expect(place.width - place.right).toBeLessThan(64)
    await page.setViewportSize(SIZES[0])
  })

  test("fits every Banking screen at 1024 px and up: no sideways scroll, one line per sidebar item and button", async () => {
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const screen of SCREENS) {
        await page.goto(`${BASE_URL}/app${screen.path}`)
        await page.getByRole("heading", { name: screen.heading, level: 1 }).waitFor({ timeout: 30_000 })
        await page.waitForTimeout(500)
        const overflow = await sidewaysOverflow(page)
        expect({ screen: screen.path, size: size.name, overflow }).toEqual({
          screen: screen.path,
          size: size.name,
          overflow: [],
        })
        // Buttons and the sidebar's Banking items never wrap onto a second line.
        const wrapped = await wrappedButtons(page, ONE_LINE_LABELS)
        expect({ screen: screen.path, size: size.name, wrapped }).toEqual({
          screen: screen.path,
          size: size.name,
          wrapped: [],
        })
        await screenshot(page, `layout-${screen.path.replaceAll("/", "-").slice(1)}-${size.name}`)
      }
    }
    await page.setViewportSize(SIZES[0])
  })
})

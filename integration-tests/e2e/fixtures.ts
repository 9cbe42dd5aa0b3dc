import { BrowserContext, BrowserContextOptions, test as base, Page } from "@playwright/test"
import { logInToAdmin } from "./browser"

export { expect } from "@playwright/test"

type AdminFixtures = {
  /** A page of this test's own, signed in to the admin (as admin@example.com, seeded by scripts/seed-demo.ts). */
  adminPage: Page
}

type AdminWorkerFixtures = {
  /**
   * Opens a page in a context of its own, signed in to the admin. For a serial suite whose stories
   * carry one screen and one session from one story to the next: call it in `beforeAll`, close the
   * page's context in `afterAll` (whatever is left open is closed when the worker ends).
   */
  openAdminPage: (options?: BrowserContextOptions) => Promise<Page>
}

export const test = base.extend<AdminFixtures, AdminWorkerFixtures>({
  adminPage: async ({ page }, use) => {
    await logInToAdmin(page)
    await use(page)
  },
  openAdminPage: [
    async ({ browser }, use) => {
      const contexts: BrowserContext[] = []
      await use(async (options) => {
        const context = await browser.newContext(options)
        contexts.push(context)
        const page = await context.newPage()
        await logInToAdmin(page)
        return page
      })
      await Promise.all(contexts.map((context) => context.close().catch(() => {})))
    },
    { scope: "worker" },
  ],
})

import { mkdirSync } from "node:fs"
import path from "node:path"
import { Page } from "@playwright/test"

export const BASE_URL = process.env.BANKING_E2E_BASE_URL ?? "http://localhost:9100"
export const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? "admin@example.com"
export const ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? "flinks-demo"
export const SCREENSHOT_DIR = path.join(__dirname, "..", "..", ".test-output", "screenshots")

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** The page at 1440x900 (`<name>.png`) and at 1024x768 (`<name>-1024.png`), back to 1440x900 after. */
export async function screenshotBothSizes(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1024, height: 768 })
  // Let the layout settle at the new width before the picture.
  await page.waitForTimeout(300)
  await screenshot(page, `${name}-1024`)
  await page.setViewportSize({ width: 1440, height: 900 })
}

export async function logInToAdmin(page: Page) {
  await page.goto(`${BASE_URL}/app/login`)
  await logInHere(page)
}

/** Signs in on the login page the browser is on (where the dashboard sent it, say). */
export async function logInHere(page: Page) {
  // The dashboard's login form names its fields by placeholder only.
  await page.getByPlaceholder("Email").fill(ADMIN_EMAIL)
  await page.getByPlaceholder("Password").fill(ADMIN_PASSWORD)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
}

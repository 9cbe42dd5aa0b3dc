/**
 * The emailed resume link is `<admin>/banking/resume?token=...`. Signed out, the dashboard sends
 * the merchant to its login and, once signed in, back to the page they asked for, but by its path
 * only: the query string, and so the token, is lost (@medusajs/dashboard 2.21 navigates to
 * `location.state.from.pathname`). The login page keeps the token here, in this tab's session
 * storage, for the Resume page to pick up; it is forgotten once used, or after half an hour.
 */
export const RESUME_PATH = "/banking/resume"

const KEY = "medusa-plugin-flinks:resume-token"
const KEEP_MS = 30 * 60 * 1000

type TokenStore = Pick<Storage, "getItem" | "setItem" | "removeItem">

/** The token of a resume link's address, if that is what `place` (a router location) is. */
export function resumeTokenOf(place: unknown): string | null {
  if (!place || typeof place !== "object") return null
  const { pathname, search } = place as { pathname?: unknown; search?: unknown }
  if (typeof pathname !== "string" || typeof search !== "string") return null
  if (pathname.replace(/\/+$/, "") !== RESUME_PATH) return null
  return new URLSearchParams(search).get("token") || null
}

export function keepResumeToken(token: string, store: TokenStore = sessionStorage, now = Date.now()) {
  store.setItem(KEY, JSON.stringify({ token, kept_at: now }))
}

/** The token kept through the login, unless it is too old. Does not forget it: see forgetResumeToken. */
export function keptResumeToken(store: TokenStore = sessionStorage, now = Date.now()): string | null {
  try {
    const kept = JSON.parse(store.getItem(KEY) ?? "null") as { token?: unknown; kept_at?: unknown } | null
    if (!kept || typeof kept.token !== "string" || typeof kept.kept_at !== "number") return null
    return now - kept.kept_at <= KEEP_MS ? kept.token : null
  } catch {
    return null
  }
}

export function forgetResumeToken(store: TokenStore = sessionStorage) {
  store.removeItem(KEY)
}

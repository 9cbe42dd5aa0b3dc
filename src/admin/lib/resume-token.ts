/**
 * The emailed resume link is `<admin>/banking/resume#token=...`. The token rides in the fragment,
 * which a browser never sends to a server: neither Medusa's access log nor a proxy's sees it, and
 * no Referer header carries it (a query string would be in both).
 *
 * Signed out, the dashboard sends the merchant to its login and, once signed in, back to the page
 * they asked for, but by its path only: the fragment, and so the token, is lost (@medusajs/dashboard
 * 2.21 navigates to `location.state.from.pathname`). The login page keeps the token here, in this
 * tab's session storage, for the Resume page to pick up; it is forgotten once used, or after half
 * an hour.
 */
export const RESUME_PATH = "/banking/resume"

const KEY = "medusa-plugin-flinks:resume-token"
const KEEP_MS = 30 * 60 * 1000

type TokenStore = Pick<Storage, "getItem" | "setItem" | "removeItem">

/** The token in an address's fragment (`#token=...`), if any. */
export function tokenOfFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") || null
}

/** The token of a resume link's address, if that is what `place` (a router location) is. */
export function resumeTokenOf(place: unknown): string | null {
  if (!place || typeof place !== "object") return null
  const { pathname, hash } = place as { pathname?: unknown; hash?: unknown }
  if (typeof pathname !== "string" || typeof hash !== "string") return null
  if (pathname.replace(/\/+$/, "") !== RESUME_PATH) return null
  return tokenOfFragment(hash)
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

import type { Variants } from "../core/variants"
import type { Login } from "../state/logins"

export interface Link {
  rel: string
  href: string
  example: string | null
}

export const link = (rel: string, href: string, example: string | null = null): Link => ({ rel, href, example })

export const AUTHORIZE_LINKS: Link[] = [
  link("AccountsDetail", "/GetAccountsDetail"),
  link("AccountsSummary", "/GetAccountsSummary"),
  link("Statements", "/GetStatements"),
]

export const CHALLENGE_LINKS: Link[] = [link("Authorization", "/Authorize")]

export const ASYNC_LINKS: Link[] = [
  link("GetAccountsDetailAsync", "/GetAccountsDetailAsync", "/GetAccountsDetailAsync/{requestId}"),
]

export function institutionFields(login: Login) {
  return {
    InstitutionName: login.institution.code,
    InstitutionId: login.institution.id,
    Institution: login.institution.code,
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

/** ISO without a time zone and with 6 or 7 fractional digits, as Flinks prints LastRefresh. */
export function formatLastRefresh(ms: number, digits: 6 | 7): string {
  const d = new Date(ms)
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  const fraction = `${pad(d.getUTCMilliseconds(), 3)}${pad(((ms % 10_000) * 7919) % 10_000, 4)}`
  return `${base}.${fraction.slice(0, digits)}`
}

export function loginJson(login: Login, variants: Variants) {
  return {
    Username: login.username,
    // Whether a scheduled refresh brought the copy being read, not whether scheduled refresh is on.
    IsScheduledRefresh: login.lastRefreshScheduled,
    LastRefresh: login.lastRefresh === null ? null : formatLastRefresh(login.lastRefresh, variants.lastRefreshDigits),
    Type: "Personal",
    Id: login.id,
  }
}

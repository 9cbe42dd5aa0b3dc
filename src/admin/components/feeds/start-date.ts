/**
 * The transaction start date: a calendar date (YYYY-MM-DD), compared as text, never shifted
 * through a time zone. "Today" is the merchant's own calendar day.
 */

/** Flinks returns at most the last 365 days of transactions. */
export const FLINKS_HISTORY_DAYS = 365

const DAY_MS = 24 * 60 * 60 * 1000

function toCalendarDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Days since 1970-01-01, counted in UTC, which has no daylight-saving days of 23 or 25 hours. */
function dayNumber(calendarDate: string): number {
  const [year, month, day] = calendarDate.split("-").map(Number)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10)
}

export function today(now = new Date()): string {
  return toCalendarDate(now)
}

export function daysAgo(days: number, now = new Date()): string {
  return fromDayNumber(dayNumber(today(now)) - days)
}

/** A real day of the calendar: 2026-02-30 has the right shape but is not one. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  return fromDayNumber(dayNumber(value)) === value
}

/** Why this start date cannot be saved, or null when it can. */
export function startDateProblem(value: string, now = new Date()): string | null {
  if (!value) return "Choose the first date to import."
  if (!isCalendarDate(value)) return "Enter a date written YYYY-MM-DD."
  if (value > today(now)) return "The transaction start date cannot be in the future."
  return null
}

/**
 * Said before saving when the date reaches further back than Flinks can return (the same rule as
 * the server's notice: more than 364 days ago).
 */
export function historyLimitHint(value: string, now = new Date()): string | null {
  if (!isCalendarDate(value) || dayNumber(today(now)) - dayNumber(value) <= FLINKS_HISTORY_DAYS - 1) return null
  return `Flinks returns at most the last ${FLINKS_HISTORY_DAYS} days: transactions before ${daysAgo(FLINKS_HISTORY_DAYS - 1, now)} cannot be imported.`
}

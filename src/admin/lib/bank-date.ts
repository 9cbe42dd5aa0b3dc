import { formatCalendarDate, isCalendarDate } from "../../lib/calendar-date"

/**
 * Bank dates as the admin shows and takes them. The dates themselves ("YYYY-MM-DD", no time, no
 * time zone) are src/lib/calendar-date's; here are the admin's choices about them.
 */

/**
 * The years a date filter takes. A date input reports a date as soon as month, day and one digit of
 * the year are in ("0002-11-01" on the way to 2026), and takes years of up to six digits: a year
 * outside these is one still being typed, or a slip of the keyboard.
 */
export const FILTER_YEARS = { first: 1900, last: 2100 } as const

/** A whole date a merchant can mean: "YYYY-MM-DD", a day the calendar has, a year in FILTER_YEARS. */
export function isCompleteBankDate(text: string): boolean {
  if (!isCalendarDate(text)) return false
  const year = Number(text.slice(0, 4))
  return year >= FILTER_YEARS.first && year <= FILTER_YEARS.last
}

/** "Jan 31, 2026" in the merchant's language; anything that is not a calendar date as it came. */
export function formatBankDate(date: string | null | undefined, locale?: string): string {
  if (!date) return "—"
  return formatCalendarDate(date, locale)
}

/** "Jan 1, 2026 – Jan 31, 2026"; one date when the period is one day. */
export function formatBankPeriod(start: string, end: string, locale?: string): string {
  if (start === end) return formatBankDate(start, locale)
  return `${formatBankDate(start, locale)} – ${formatBankDate(end, locale)}`
}

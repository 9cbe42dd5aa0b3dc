/**
 * Bank dates are calendar dates, "YYYY-MM-DD", with no time and no time zone. They are shown by
 * formatting their own parts as a UTC date, so no zone west of UTC turns Jan 31 into Jan 30.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function utcDate(date: string): Date | null {
  const match = CALENDAR_DATE.exec(date)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/**
 * The years a date filter takes. A date input reports a date as soon as month, day and one digit of
 * the year are in ("0002-11-01" on the way to 2026), and takes years of up to six digits: a year
 * outside these is one still being typed, or a slip of the keyboard.
 */
export const FILTER_YEARS = { first: 1900, last: 2100 } as const

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A whole date a merchant can mean: "YYYY-MM-DD", a day the calendar has, a year in FILTER_YEARS. */
export function isCompleteBankDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  if (year < FILTER_YEARS.first || year > FILTER_YEARS.last || month < 1 || month > 12) return false
  return day >= 1 && day <= daysInMonth(year, month)
}

/** "Jan 31, 2026" in the merchant's language; anything that is not a calendar date as it came. */
export function formatBankDate(date: string | null | undefined, locale?: string): string {
  if (!date) return "—"
  const utc = utcDate(date)
  if (!utc) return date
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(utc)
}

/** "Jan 1, 2026 – Jan 31, 2026"; one date when the period is one day. */
export function formatBankPeriod(start: string, end: string, locale?: string): string {
  if (start === end) return formatBankDate(start, locale)
  return `${formatBankDate(start, locale)} – ${formatBankDate(end, locale)}`
}

/** Whole days from 1970-01-01 to the date (an exact integer), or null for a bad date. */
export function dayNumber(date: string): number | null {
  const utc = utcDate(date)
  return utc ? Math.round(utc.getTime() / 86_400_000) : null
}

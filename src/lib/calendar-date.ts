/**
 * Bank dates are calendar dates, "YYYY-MM-DD" as the bank printed them: a day, not an instant, so
 * no time zone may move one. Everything here works on that text and on whole day numbers (days
 * since 1970-01-01) with integer arithmetic; a `Date` appears only to ask which day it is
 * somewhere, and to let Intl print a day in UTC, where it is the same day. Dates written this way
 * compare correctly as text ("2026-01-31" < "2026-02-01").
 *
 * This module has no dependencies and no server code: the admin imports it too.
 */

/** The shape of a calendar date; `isCalendarDate` also checks the calendar has that day. */
export const CALENDAR_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

const DAY_MS = 86_400_000

/** Whole days from 1970-01-01 (negative before it), or null for text that is not YYYY-MM-DD. */
export function dayNumber(date: string): number | null {
  if (!CALENDAR_DATE_SHAPE.test(date)) return null
  const [year, month, day] = date.split("-").map(Number)
  return daysFromCivil(year, month, day)
}

/** The calendar date of a day number: the inverse of `dayNumber`. */
export function fromDayNumber(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`
}

/** A real day of the calendar: 2026-02-30 and 2026-02-29 have the right shape but are not days. */
export function isCalendarDate(value: string): boolean {
  const days = dayNumber(value)
  return days !== null && fromDayNumber(days) === value
}

/**
 * The calendar day it is at `now` in `timeZone` (an IANA name such as "America/Toronto", or "UTC");
 * without one, in the zone of whoever runs the code: in the admin, the merchant's own day.
 */
export function todayIn(timeZone?: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? ""
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`
}

/** The date `days` days after `date` (before it when negative). Throws for text that is no date. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(requireDayNumber(date) + days)
}

/** How many days `to` is after `from` (negative when before). Throws for text that is no date. */
export function daysBetween(from: string, to: string): number {
  return requireDayNumber(to) - requireDayNumber(from)
}

/**
 * The date in the reader's language ("Jan 31, 2026" with `dateStyle: "medium"`); text that is not
 * a date is returned as it came. Printed as a UTC midnight, so no zone west of UTC says Jan 30.
 */
export function formatCalendarDate(
  date: string,
  locale?: string,
  style: Intl.DateTimeFormatOptions["dateStyle"] = "medium"
): string {
  const days = dayNumber(date)
  if (days === null) return date
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(new Date(days * DAY_MS))
}

function requireDayNumber(date: string): number {
  const days = dayNumber(date)
  if (days === null) throw new RangeError(`"${date}" is not a calendar date written YYYY-MM-DD`)
  return days
}

const pad2 = (value: number) => String(value).padStart(2, "0")

// Howard Hinnant's days_from_civil and civil_from_days: exact for the proleptic Gregorian calendar
// with integers only. A day or month past its end rolls over (2026-02-30 is 2026-03-02) as with
// Date.UTC, which this replaces: Date.UTC also reads the years 0-99 as 1900-1999.
function daysFromCivil(year: number, month: number, day: number): number {
  const yearsOver = Math.floor((month - 1) / 12)
  const m = month - 12 * yearsOver
  const y = year + yearsOver - (m <= 2 ? 1 : 0)
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

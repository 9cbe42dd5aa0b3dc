/** Bank dates are calendar dates ("YYYY-MM-DD" as the bank printed them). */
export const CALENDAR_DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

/** A real day of the calendar: 2026-02-30 matches the pattern but is not one. */
export function isCalendarDate(value: string): boolean {
  if (!new RegExp(CALENDAR_DATE_PATTERN).test(value)) return false
  const [year, month, day] = value.split("-").map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

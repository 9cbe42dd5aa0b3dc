/**
 * Bank dates are calendar dates ("YYYY-MM-DD" as the bank printed them). The data model layer has
 * no date-only type, and a timestamp would shift a date through the server's time zone, so they
 * are stored as text and guarded by this check constraint. Whether a text is a real day is for
 * src/lib/calendar-date, before anything is written.
 */
export const CALENDAR_DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

export function calendarDateCheck(column: string, nullable = false): string {
  const check = `${column} ~ '${CALENDAR_DATE_PATTERN}'`
  return nullable ? `(${column} IS NULL OR ${check})` : check
}

import { CALENDAR_DATE_PATTERN } from "../../../lib/banking/calendar-date"

/**
 * Bank dates are calendar dates ("YYYY-MM-DD" as the bank printed them). The data model layer has
 * no date-only type, and a timestamp would shift a date through the server's time zone, so they
 * are stored as text and guarded by this check constraint.
 */
export function calendarDateCheck(column: string, nullable = false): string {
  const check = `${column} ~ '${CALENDAR_DATE_PATTERN}'`
  return nullable ? `(${column} IS NULL OR ${check})` : check
}

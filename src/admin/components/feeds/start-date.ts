import { addDays, daysBetween, isCalendarDate, todayIn } from "../../../lib/calendar-date"
import { FLINKS_HISTORY_DAYS } from "../../../types/http"

/**
 * The transaction start date: a calendar date (YYYY-MM-DD), compared as text, never shifted
 * through a time zone. "Today" is the merchant's own calendar day: the browser's zone.
 */

/** The merchant's calendar day, the latest start date there can be. */
export const today = (now = new Date()) => todayIn(undefined, now)

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
  if (!isCalendarDate(value) || daysBetween(value, today(now)) <= FLINKS_HISTORY_DAYS - 1) return null
  return `Flinks returns at most the last ${FLINKS_HISTORY_DAYS} days: transactions before ${addDays(today(now), -(FLINKS_HISTORY_DAYS - 1))} cannot be imported.`
}

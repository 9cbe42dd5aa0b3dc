import { daysBetween } from "../calendar-date"
import type { DaysOfTransactions } from "./types"

/** Flinks keeps at most the last 365 days of a login's transactions. */
export const FLINKS_HISTORY_DAYS = 365

/**
 * Flinks returns the last 90 or 365 days, nothing else: the smaller window when it reaches back
 * to `since` (today counts as one of the 90 days), else the larger one, which Flinks cuts at its
 * history's end.
 */
export function daysOfTransactionsSince(since: string, today: string): DaysOfTransactions {
  return daysBetween(since, today) >= 89 ? "Days365" : "Days90"
}

import type { DaysOfTransactions } from "./types"

/** Flinks keeps at most the last 365 days of a login's transactions. */
export const FLINKS_HISTORY_DAYS = 365

const DAY_MS = 86_400_000

/** Whole days from one calendar date (YYYY-MM-DD) to another, counted in UTC so no zone shifts them. */
function daysFrom(from: string, to: string): number {
  const day = (date: string) => {
    const [year, month, day] = date.split("-").map(Number)
    return Date.UTC(year, month - 1, day) / DAY_MS
  }
  return day(to) - day(from)
}

/**
 * Flinks returns the last 90 or 365 days, nothing else: the smaller window when it reaches back
 * to `since` (today counts as one of the 90 days), else the larger one, which Flinks cuts at its
 * history's end.
 */
export function daysOfTransactionsSince(since: string, today: string): DaysOfTransactions {
  return daysFrom(since, today) >= 89 ? "Days365" : "Days90"
}

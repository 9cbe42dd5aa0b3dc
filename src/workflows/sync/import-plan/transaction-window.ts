import { daysBetween } from "../../../lib/calendar-date"
import { DaysOfTransactions, FlinksAccount } from "../../../lib/flinks"

/**
 * Flinks returns the last 90 or 365 days, nothing else. A feed that has imported before only needs
 * the recent window (which still catches lines the bank posts late); a first import reaches back
 * to the start date, up to 365 days.
 */
export function transactionWindow(
  feeds: { start_date: string; high_water_date: string | null }[],
  today: string
): DaysOfTransactions {
  const furthest = Math.max(
    ...feeds.map((feed) => daysBetween(feed.high_water_date ? feed.high_water_date : feed.start_date, today))
  )
  return furthest >= 89 ? "Days365" : "Days90"
}

/** The earliest date among the lines Flinks returned: where the import's window actually began. */
export function earliestLineDate(accounts: FlinksAccount[]): string | null {
  let earliest: string | null = null
  for (const account of accounts) {
    for (const line of account.transactions) {
      if (earliest === null || line.date < earliest) earliest = line.date
    }
  }
  return earliest
}

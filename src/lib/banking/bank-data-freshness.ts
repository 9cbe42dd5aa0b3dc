/**
 * Flinks' copy of a login is only as fresh as the last time Flinks reached the bank
 * (Login.LastRefresh). Older than `sync.staleAfterHours`, the screens say so, so that "0 new
 * lines" is never read as "nothing happened at the bank". Unknown counts as stale.
 */
export function isBankDataStale(asOf: Date | string | null, staleAfterHours: number, now = new Date()): boolean {
  if (!asOf) return true
  return now.getTime() - new Date(asOf).getTime() >= staleAfterHours * 3_600_000
}

/** What the connection and feed screens show next to the last import. */
export function bankDataView(asOf: Date | string | null, staleAfterHours: number, now = new Date()) {
  return {
    as_of: asOf ? new Date(asOf).toISOString() : null,
    stale: isBankDataStale(asOf, staleAfterHours, now),
    stale_after_hours: staleAfterHours,
  }
}

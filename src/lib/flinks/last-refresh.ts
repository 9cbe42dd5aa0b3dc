/**
 * Flinks writes `Login.LastRefresh` as ISO without a time zone ("2026-12-01T10:04:11.1234567");
 * it is read as UTC. Null for a value that is absent or cannot be read.
 */
export function parseLastRefresh(value: string | null | undefined): Date | null {
  if (!value) return null
  const zoned = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`
  // Date reads at most milliseconds: Flinks' 6-7 fractional digits are cut to 3.
  const date = new Date(zoned.replace(/(\.\d{3})\d+/, "$1"))
  return Number.isNaN(date.getTime()) ? null : date
}

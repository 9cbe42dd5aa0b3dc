import { bankDataView, isBankDataStale } from "../bank-data-freshness"

const NOW = new Date("2026-12-02T12:00:00.000Z")
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)

describe("bank data freshness", () => {
  it("is stale from the threshold on, and when Flinks never said", () => {
    expect(isBankDataStale(hoursAgo(23.9), 24, NOW)).toBe(false)
    expect(isBankDataStale(hoursAgo(24), 24, NOW)).toBe(true)
    expect(isBankDataStale(hoursAgo(7), 6, NOW)).toBe(true)
    expect(isBankDataStale(null, 24, NOW)).toBe(true)
  })

  it("shows the instant as ISO, with the threshold the screens name", () => {
    expect(bankDataView(hoursAgo(2).toISOString(), 24, NOW)).toEqual({
      as_of: "2026-12-02T10:00:00.000Z",
      stale: false,
      stale_after_hours: 24,
    })
    expect(bankDataView(null, 12, NOW)).toEqual({ as_of: null, stale: true, stale_after_hours: 12 })
  })
})

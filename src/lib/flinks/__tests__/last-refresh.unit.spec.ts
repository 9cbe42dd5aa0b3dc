import { parseLastRefresh } from "../last-refresh"

describe("Login.LastRefresh", () => {
  it("reads Flinks' zone-less time as UTC, with 6 or 7 fractional digits", () => {
    expect(parseLastRefresh("2026-12-01T10:04:11.1234567")?.toISOString()).toBe("2026-12-01T10:04:11.123Z")
    expect(parseLastRefresh("2026-12-01T10:04:11.123456")?.toISOString()).toBe("2026-12-01T10:04:11.123Z")
    expect(parseLastRefresh("2026-12-01T10:04:11")?.toISOString()).toBe("2026-12-01T10:04:11.000Z")
  })

  it("keeps a zone when Flinks writes one", () => {
    expect(parseLastRefresh("2026-12-01T10:04:11.5-05:00")?.toISOString()).toBe("2026-12-01T15:04:11.500Z")
    expect(parseLastRefresh("2026-12-01T10:04:11Z")?.toISOString()).toBe("2026-12-01T10:04:11.000Z")
  })

  it("is null when absent or unreadable", () => {
    expect(parseLastRefresh(null)).toBeNull()
    expect(parseLastRefresh("")).toBeNull()
    expect(parseLastRefresh("yesterday")).toBeNull()
  })
})

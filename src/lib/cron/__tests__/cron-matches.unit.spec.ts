import { cronMatches } from "../cron-matches"

const at = (iso: string) => new Date(iso)

describe("the import schedule", () => {
  it("hourly by default: on the hour only", () => {
    expect(cronMatches("0 * * * *", at("2026-11-23T14:00:00Z"))).toBe(true)
    expect(cronMatches("0 * * * *", at("2026-11-23T14:01:00Z"))).toBe(false)
  })

  it("steps, ranges, lists and weekdays", () => {
    expect(cronMatches("*/15 * * * *", at("2026-11-23T14:45:00Z"))).toBe(true)
    expect(cronMatches("*/15 * * * *", at("2026-11-23T14:50:00Z"))).toBe(false)
    expect(cronMatches("30 6-18/4 * * 1-5", at("2026-11-23T10:30:00Z"))).toBe(true) // a Monday
    expect(cronMatches("30 6-18/4 * * 1-5", at("2026-11-22T10:30:00Z"))).toBe(false) // a Sunday
    expect(cronMatches("0 0 1,15 * *", at("2026-11-15T00:00:00Z"))).toBe(true)
    expect(cronMatches("0 0 * * 7", at("2026-11-22T00:00:00Z"))).toBe(true)
  })

  it("refuses an expression it cannot read", () => {
    expect(() => cronMatches("hourly", at("2026-11-23T14:00:00Z"))).toThrow(/five fields/)
    expect(() => cronMatches("x * * * *", at("2026-11-23T14:00:00Z"))).toThrow(/Invalid cron field/)
  })
})

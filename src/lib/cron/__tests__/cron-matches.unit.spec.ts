import { cronMatches } from "../cron-matches"

const at = (iso: string) => new Date(iso)

describe("is the schedule due now?", () => {
  it("hourly by default: on the hour only", () => {
    expect(cronMatches("0 * * * *", at("2026-11-23T14:00:00Z"))).toBe(true)
    expect(cronMatches("0 * * * *", at("2026-11-23T14:01:00Z"))).toBe(false)
  })

  it("a tick that lands a few seconds into the minute still counts for that minute", () => {
    expect(cronMatches("0 * * * *", at("2026-11-23T14:00:00.250Z"))).toBe(true)
    expect(cronMatches("0 * * * *", at("2026-11-23T14:00:59.999Z"))).toBe(true)
    expect(cronMatches("0 * * * *", at("2026-11-23T13:59:59.999Z"))).toBe(false)
  })

  it("steps, ranges and lists", () => {
    expect(cronMatches("*/15 * * * *", at("2026-11-23T14:45:00Z"))).toBe(true)
    expect(cronMatches("*/15 * * * *", at("2026-11-23T14:50:00Z"))).toBe(false)
    expect(cronMatches("30 */6 * * *", at("2026-11-23T18:30:00Z"))).toBe(true)
    expect(cronMatches("30 */6 * * *", at("2026-11-23T19:30:00Z"))).toBe(false)
    expect(cronMatches("30 6-18/4 * * 1-5", at("2026-11-23T10:30:00Z"))).toBe(true) // a Monday
    expect(cronMatches("30 6-18/4 * * 1-5", at("2026-11-23T12:30:00Z"))).toBe(false) // not on the step
    expect(cronMatches("30 6-18/4 * * 1-5", at("2026-11-22T10:30:00Z"))).toBe(false) // a Sunday
    expect(cronMatches("0 0 1,15 * *", at("2026-11-15T00:00:00Z"))).toBe(true)
    expect(cronMatches("0 0 1,15 * *", at("2026-11-16T00:00:00Z"))).toBe(false)
  })

  it("Sunday is both 0 and 7", () => {
    expect(cronMatches("0 0 * * 0", at("2026-11-22T00:00:00Z"))).toBe(true)
    expect(cronMatches("0 0 * * 7", at("2026-11-22T00:00:00Z"))).toBe(true)
    expect(cronMatches("0 0 * * 7", at("2026-11-23T00:00:00Z"))).toBe(false)
  })

  it("names: MON is Mondays at midnight UTC, not Tuesdays", () => {
    expect(cronMatches("0 0 * * MON", at("2026-11-23T00:00:00Z"))).toBe(true) // a Monday
    expect(cronMatches("0 0 * * MON", at("2026-11-24T00:00:00Z"))).toBe(false) // a Tuesday
    expect(cronMatches("0 0 * * mon-fri", at("2026-11-27T00:00:00Z"))).toBe(true) // a Friday
    expect(cronMatches("0 0 * * mon-fri", at("2026-11-28T00:00:00Z"))).toBe(false) // a Saturday
    expect(cronMatches("0 0 1 JAN *", at("2027-01-01T00:00:00Z"))).toBe(true)
    expect(cronMatches("0 0 1 JAN *", at("2026-12-01T00:00:00Z"))).toBe(false)
  })

  it("day of month OR day of week when both are restricted, as cron does", () => {
    const friday13 = "0 0 13 * 5"
    expect(cronMatches(friday13, at("2026-11-13T00:00:00Z"))).toBe(true) // Friday the 13th
    expect(cronMatches(friday13, at("2025-11-14T00:00:00Z"))).toBe(true) // Friday the 14th: a Friday
    expect(cronMatches(friday13, at("2026-04-13T00:00:00Z"))).toBe(true) // Monday the 13th: the 13th
    expect(cronMatches(friday13, at("2026-04-14T00:00:00Z"))).toBe(false) // Tuesday the 14th: neither
  })

  it("day of month alone, or day of week alone, is the only condition", () => {
    expect(cronMatches("0 0 13 * *", at("2025-11-14T00:00:00Z"))).toBe(false) // a Friday, not the 13th
    expect(cronMatches("0 0 * * 5", at("2026-04-13T00:00:00Z"))).toBe(false) // the 13th, a Monday
  })

  it("reads the clock in UTC whatever the server's time zone", () => {
    const zone = process.env.TZ
    process.env.TZ = "America/Toronto"
    try {
      expect(cronMatches("0 0 * * *", at("2026-11-23T00:00:00Z"))).toBe(true)
      expect(cronMatches("0 0 * * *", at("2026-11-23T05:00:00Z"))).toBe(false) // Toronto's midnight
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it("refuses, rather than guesses at, an expression the boot check refuses", () => {
    expect(() => cronMatches("99 * * * *", at("2026-11-23T14:00:00Z"))).toThrow(/expected range 0-59/)
    expect(() => cronMatches("hourly", at("2026-11-23T14:00:00Z"))).toThrow(/five/)
  })
})

import {
  addDays,
  dayNumber,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  isCalendarDate,
  todayIn,
} from "../calendar-date"

describe("calendar dates", () => {
  it("knows which days the calendar has, leap days included", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true)
    expect(isCalendarDate("2000-02-29")).toBe(true)
    expect(isCalendarDate("2026-02-29")).toBe(false)
    expect(isCalendarDate("1900-02-29")).toBe(false)
    expect(isCalendarDate("2026-02-30")).toBe(false)
    expect(isCalendarDate("2026-13-01")).toBe(false)
    expect(isCalendarDate("2026-04-31")).toBe(false)
    expect(isCalendarDate("2026-1-31")).toBe(false)
    expect(isCalendarDate("2026-01-31T00:00:00Z")).toBe(false)
    expect(isCalendarDate("0050-03-01")).toBe(true)
  })

  it("counts days across a leap day and a year end", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29")
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01")
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01")
    expect(addDays("2024-02-29", 365)).toBe("2025-02-28")
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31")
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2)
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1)
    expect(daysBetween("2026-12-31", "2025-12-31")).toBe(-365)
  })

  it("counts whole days across a daylight-saving change, where 24 hours are not a day", () => {
    // In Toronto 2026-11-01 has 25 hours: midnight plus 24 hours is still the 1st there.
    const midnight = new Date("2026-11-01T04:00:00Z")
    expect(todayIn("America/Toronto", midnight)).toBe("2026-11-01")
    expect(todayIn("America/Toronto", new Date(midnight.getTime() + 86_400_000))).toBe("2026-11-01")
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02")
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2)
    // And 2026-03-08 has 23.
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09")
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2)
  })

  it("numbers days from 1970-01-01 and back", () => {
    expect(dayNumber("1970-01-01")).toBe(0)
    expect(dayNumber("1970-01-02")).toBe(1)
    expect(dayNumber("1969-12-31")).toBe(-1)
    expect(dayNumber("2026-03-09")! - dayNumber("2026-03-07")!).toBe(2)
    expect(dayNumber("not a date")).toBeNull()
    expect(fromDayNumber(dayNumber("2024-02-29")!)).toBe("2024-02-29")
    expect(fromDayNumber(dayNumber("2026-02-30")!)).toBe("2026-03-02")
  })

  it("refuses to count from text that is no date", () => {
    expect(() => addDays("31/01/2026", 1)).toThrow(RangeError)
    expect(() => daysBetween("2026-01-01", "")).toThrow(RangeError)
  })

  it("says which day it is in a time zone, on both sides of midnight and of a daylight-saving change", () => {
    // 2026-03-08 07:30 UTC is 03:30 in Toronto, just after clocks sprang forward; 04:59 UTC is still the 7th there.
    expect(todayIn("America/Toronto", new Date("2026-03-08T07:30:00Z"))).toBe("2026-03-08")
    expect(todayIn("America/Toronto", new Date("2026-03-08T04:59:00Z"))).toBe("2026-03-07")
    expect(todayIn("UTC", new Date("2026-03-08T04:59:00Z"))).toBe("2026-03-08")
    expect(todayIn("Asia/Tokyo", new Date("2026-12-31T15:00:00Z"))).toBe("2027-01-01")
  })

  it("without a zone, says the day of whoever runs it, as the local Date fields do", () => {
    const now = new Date("2026-01-01T07:59:00Z")
    const pad = (value: number) => String(value).padStart(2, "0")
    const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
    expect(todayIn(undefined, now)).toBe(local)
  })

  it("prints the day the bank wrote in the reader's language, as a UTC day", () => {
    expect(formatCalendarDate("2026-01-31", "en-US")).toBe("Jan 31, 2026")
    expect(formatCalendarDate("2026-01-01", "en-US")).toBe("Jan 1, 2026")
    expect(formatCalendarDate("2024-02-29", "fr-CA", "long")).toBe("29 février 2024")
    expect(formatCalendarDate("0050-03-01", "en-US")).toBe("Mar 1, 50")
    expect(formatCalendarDate("not a date", "en-US")).toBe("not a date")
  })
})

import { formatIsoDate, parseIsoDate, weekday } from "../src/core/calendar"
import { toJson } from "../src/core/json"
import { formatCents, Money } from "../src/core/money"

describe("calendar dates", () => {
  it("round-trips every day of several years, leap days included, with no time zone involved", () => {
    const start = parseIsoDate("1999-12-25")!
    for (let day = start; day < start + 3000; day++) {
      expect(parseIsoDate(formatIsoDate(day))).toBe(day)
    }
    expect(formatIsoDate(parseIsoDate("2024-02-29")! + 1)).toBe("2024-03-01")
    expect(parseIsoDate("2023-02-29")).toBeNull()
    expect(parseIsoDate("2024-13-01")).toBeNull()
    expect(formatIsoDate(0)).toBe("1970-01-01")
    expect(weekday(parseIsoDate("2024-06-15")!)).toBe(6)
  })
})

describe("amounts", () => {
  it("prints integer cents as exact decimals", () => {
    expect(formatCents(105075, "minimal")).toBe("1050.75")
    expect(formatCents(1230, "minimal")).toBe("12.3")
    expect(formatCents(1200, "minimal")).toBe("12")
    expect(formatCents(5, "minimal")).toBe("0.05")
    expect(formatCents(-4250, "minimal")).toBe("-42.5")
    expect(formatCents(1230, "fixed2")).toBe("12.30")
    expect(formatCents(-5, "fixed2")).toBe("-0.05")
    expect(() => new Money(1.5)).toThrow()
  })

  it("writes Money into JSON from its text, never through a float", () => {
    expect(toJson({ a: new Money(30), b: [new Money(123456789012345)], c: undefined, d: null }, "minimal")).toBe(
      '{"a":0.3,"b":[1234567890123.45],"d":null}'
    )
  })
})

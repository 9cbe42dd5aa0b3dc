import { importStartDate } from "../transaction-window"

describe("how far back an import reads", () => {
  it("reads a feed that imported before from its newest line on", () => {
    expect(importStartDate([{ start_date: "2026-01-01", high_water_date: "2026-11-30" }])).toBe("2026-11-30")
  })

  it("reads a first import from its start date", () => {
    expect(importStartDate([{ start_date: "2026-03-01", high_water_date: null }])).toBe("2026-03-01")
  })

  it("reaches as far back as the feed that needs the most", () => {
    expect(
      importStartDate([
        { start_date: "2026-01-01", high_water_date: "2026-11-30" },
        { start_date: "2026-06-10", high_water_date: null },
        { start_date: "2025-12-31", high_water_date: "2026-11-29" },
      ])
    ).toBe("2026-06-10")
  })
})

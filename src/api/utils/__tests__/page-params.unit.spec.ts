import { z } from "@medusajs/framework/zod"
import { MAX_OFFSET, pageParams } from "../page-params"

const Page = z.object(pageParams({ limit: 20, maxLimit: 500 })).strict()

describe("page params", () => {
  it("reads plain digits and falls back to the defaults", () => {
    expect(Page.parse({})).toEqual({ limit: 20, offset: 0 })
    expect(Page.parse({ limit: "500", offset: "40" })).toEqual({ limit: 500, offset: 40 })
    expect(Page.parse({ limit: "1", offset: String(MAX_OFFSET) })).toEqual({ limit: 1, offset: MAX_OFFSET })
  })

  it.each(["-1", "0", "501", "1e309", "1e2", "1.5", "2026-02-30", "", "0x10", " 5", "+5", "99999999999999999999"])(
    "refuses limit=%j, saying what a limit is",
    (limit) => {
      const result = Page.safeParse({ limit })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]).toMatchObject({
        path: ["limit"],
        message: "limit must be a whole number from 1 to 500",
      })
    }
  )

  it.each(["-1", "1.5", "1e3", "", String(MAX_OFFSET + 1)])("refuses offset=%j", (offset) => {
    expect(Page.safeParse({ offset }).error?.issues[0].message).toBe(
      `offset must be a whole number from 0 to ${MAX_OFFSET}`
    )
  })

  it("refuses a repeated or nested value, which a query turns into a list or an object", () => {
    expect(Page.safeParse({ limit: ["1", "2"] }).success).toBe(false)
    expect(Page.safeParse({ offset: { a: "1" } }).success).toBe(false)
  })
})

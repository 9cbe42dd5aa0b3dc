import { parseCronExpression } from "../parse-cron-expression"

describe("reading a schedule", () => {
  it.each([
    ["0 * * * *"],
    ["30 */6 * * *"],
    ["*/15 * * * *"],
    ["0 0 * * MON"],
    ["0 9 * JAN-MAR mon-fri"],
    ["0 0 13 * 5"],
    ["0 0 * * 7"],
    ["0 0 29 2 *"],
    ["  0  *  *  *  *  "],
  ])("accepts %j", (expression) => {
    expect(() => parseCronExpression(expression)).not.toThrow()
  })

  it.each([
    ["99 * * * *", /got value 99 expected range 0-59/],
    ["0 24 * * *", /expected range 0-23/],
    ["0 0 0 * *", /expected range 1-31/],
    ["0 0 * 13 *", /expected range 1-12/],
    ["0 0 * * 8", /expected range 0-7/],
    ["0 0 * * 1-5/0", /cannot repeat at every 0 time/],
    ["*/0 * * * *", /cannot repeat at every 0 time/],
    ["5-1 * * * *", /Invalid range/],
    ["x * * * *", /Invalid characters/],
    ["0 0 * * MONDAY", /cannot resolve alias/],
    ["garbage", /has 1 field; a schedule has five/],
    ["", /has 0 fields/],
    ["@hourly", /has 1 field/],
    ["0 0 * * * *", /has 6 fields/],
    ["H * * * *", /H \(a hashed, random value\) is not cron/],
    ["0 H(0-5) * * *", /is not cron/],
    ["0 0 31 2 *", /never occurs in the months given/],
  ])("refuses %j", (expression, reason) => {
    expect(() => parseCronExpression(expression)).toThrow(reason)
  })

  it("does not mistake the H of THU for a hashed value", () => {
    expect(() => parseCronExpression("0 0 * * THU")).not.toThrow()
    expect(() => parseCronExpression("0 0 * * MON-THU")).not.toThrow()
  })
})

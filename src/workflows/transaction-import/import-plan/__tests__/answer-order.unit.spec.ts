import { AnswerOrder } from "../answer-order"

function read(lines: [string, string][]) {
  const order = new AnswerOrder()
  const repeats = lines.map(([date, tail]) => order.next(date, tail))
  return { repeats, ...order.describe(), count: order.count }
}

describe("what the importer learns of an answer's order as it streams by", () => {
  it("numbers the identical lines of one day, and sees an answer listed newest first", () => {
    expect(
      read([
        ["2026-11-03", "coffee"],
        ["2026-11-03", "coffee"],
        ["2026-11-03", "rent"],
        ["2026-11-01", "coffee"],
      ])
    ).toEqual({
      repeats: [1, 2, 1, 1],
      newest_first: true,
      earliest_date: "2026-11-01",
      numbered: true,
      ordered: true,
      count: 4,
    })
  })

  it("leaves the sorting to PostgreSQL when the dates do not run one way", () => {
    expect(
      read([
        ["2026-11-02", "a"],
        ["2026-11-01", "b"],
        ["2026-11-03", "c"],
      ])
    ).toMatchObject({
      newest_first: false,
      numbered: true,
      ordered: false,
    })
  })

  it("leaves the numbering to PostgreSQL when a date comes back later in the answer", () => {
    expect(
      read([
        ["2026-11-01", "a"],
        ["2026-11-02", "b"],
        ["2026-11-01", "a"],
      ])
    ).toMatchObject({
      numbered: false,
      ordered: false,
    })
  })
})

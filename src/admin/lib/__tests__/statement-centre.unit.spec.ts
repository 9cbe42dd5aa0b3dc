import { refreshOutcome } from "../../components/statement-centre/refresh-words"
import { balanceChartGeometry } from "../balance-chart"
import { dayNumber, formatBankDate, formatBankPeriod } from "../bank-date"
import { decimalGreaterThan, decimalParts, isAmountFilter, scaledDecimal } from "../decimal-text"
import { fileNameFromDisposition } from "../content-disposition"
import { formatMoney } from "../format-money"
import { filterProblem, lineQuery, NO_FILTERS, readCentreState, writeCentreState } from "../statement-centre-params"

describe("money from the server's decimal text", () => {
  it("keeps every digit, adds the currency's decimals, groups thousands and places the sign", () => {
    expect(formatMoney("1234.5", "cad", "en-CA")).toBe("$1,234.50")
    expect(formatMoney("-12", "USD", "en-US")).toBe("-$12.00")
    expect(formatMoney("0.125", "USD", "en-US")).toBe("$0.125")
    expect(formatMoney("999999999999999.99", "USD", "en-US")).toBe("$999,999,999,999,999.99")
    expect(formatMoney("12345678901234567890.01", "USD", "en-US")).toBe("$12,345,678,901,234,567,890.01")
    expect(formatMoney("-0.00", "USD", "en-US")).toBe("$0.00")
    expect(formatMoney("1234.5", "EUR", "fr-FR")).toBe("1\u202f234,50\u00a0€")
  })

  it("shows what it cannot read as it came", () => {
    expect(formatMoney("abc", "USD", "en-US")).toBe("abc USD")
    expect(formatMoney("12", "NOPE", "en-US")).toBe("12 NOPE")
    expect(formatMoney(null, "USD")).toBe("—")
  })

  it("compares and scales decimals without floats", () => {
    expect(decimalParts("-007.500")).toEqual({ negative: true, whole: "7", fraction: "5" })
    expect(scaledDecimal("0.1", 2)).toBe(10n)
    expect(decimalGreaterThan("100.01", "100.009")).toBe(true)
    expect(decimalGreaterThan("9007199254740993.1", "9007199254740993")).toBe(true)
    expect(isAmountFilter("125.50")).toBe(true)
    expect(isAmountFilter("-5")).toBe(false)
    expect(isAmountFilter("1,000")).toBe(false)
  })
})

describe("bank calendar dates", () => {
  it("shows the date the bank wrote, whatever the time zone", () => {
    expect(formatBankDate("2026-01-31", "en-US")).toBe("Jan 31, 2026")
    expect(formatBankDate("2026-01-01", "en-US")).toBe("Jan 1, 2026")
    expect(formatBankPeriod("2026-01-01", "2026-01-31", "en-US")).toBe("Jan 1, 2026 – Jan 31, 2026")
    expect(formatBankPeriod("2026-01-31", "2026-01-31", "en-US")).toBe("Jan 31, 2026")
    expect(formatBankDate("not a date")).toBe("not a date")
  })

  it("counts whole days between dates, across a daylight saving change", () => {
    expect(dayNumber("2026-03-09")! - dayNumber("2026-03-07")!).toBe(2)
    expect(dayNumber("1970-01-02")).toBe(1)
  })
})

describe("the balance picture", () => {
  const box = { width: 110, height: 110, top: 5, right: 5, bottom: 5, left: 5 }

  it("spaces days by the calendar and heights by the exact balances", () => {
    const chart = balanceChartGeometry(
      [
        { date: "2026-01-01", balance: "100.00" },
        { date: "2026-01-03", balance: "300.00" },
        { date: "2026-01-11", balance: "-100.00" },
      ],
      box
    )!
    expect(chart.points.map(({ x, y }) => [x, y])).toEqual([
      [5, 55],
      [25, 5],
      [105, 105],
    ])
    expect(chart.highest.balance).toBe("300.00")
    expect(chart.lowest.date).toBe("2026-01-11")
    expect(chart.first.date).toBe("2026-01-01")
    expect(chart.last.balance).toBe("-100.00")
    expect(chart.zeroY).toBe(80)
    expect(chart.path).toBe("M5 55 L25 5 L105 105")
  })

  it("draws one day, or a flat balance, in the middle; nothing without data", () => {
    const flat = balanceChartGeometry([{ date: "2026-01-01", balance: "5" }], box)!
    expect(flat.points).toEqual([{ date: "2026-01-01", balance: "5", x: 55, y: 55 }])
    expect(balanceChartGeometry([], box)).toBeNull()
  })
})

describe("the Statement Centre's address", () => {
  it("keeps feed, view, search and filters, and leaves defaults out", () => {
    const state = readCentreState(
      new URLSearchParams("feed=bfeed_1&view=detailed&q=capital&from=2026-01-01&min=10.5&status=reconciled,excluded&text=rent&sort=amount&page=2")
    )
    expect(state).toMatchObject({
      feed: "bfeed_1",
      view: "detailed",
      feedQuery: "capital",
      feedStatus: "linked",
      filters: { date_from: "2026-01-01", amount_min: "10.5", status: ["reconciled", "excluded"], q: "rent", sort: "amount" },
      page: 2,
      headerPage: 1,
    })
    expect(writeCentreState(state).toString()).toBe(
      "feed=bfeed_1&view=detailed&q=capital&from=2026-01-01&min=10.5&status=reconciled%2Cexcluded&text=rent&sort=amount&page=2"
    )
    expect(writeCentreState({ ...state, view: "header" }).get("from")).toBe("2026-01-01")
  })

  it("drops what it cannot use, and says when filters cannot match", () => {
    const state = readCentreState(new URLSearchParams("view=odd&from=31/01/2026&min=-5&status=bogus&sort=up&page=-1"))
    expect(state.view).toBe("header")
    expect(state.filters).toEqual(NO_FILTERS)
    expect(state.page).toBe(1)
    expect(filterProblem({ ...NO_FILTERS, date_from: "2026-02-01", date_to: "2026-01-01" })).toMatch(/from date is after/)
    expect(filterProblem({ ...NO_FILTERS, amount_min: "100", amount_max: "99.99" })).toMatch(/minimum amount/)
    expect(lineQuery({ ...NO_FILTERS, status: ["reconciled"] })).toEqual({ status: "reconciled", sort: "-date" })
  })
})

describe("downloads and refreshes in words", () => {
  it("takes the file name the server gave", () => {
    expect(fileNameFromDisposition('attachment; filename="Flinks-Capital_Chequing_2026-01-01_to_2026-01-31.csv"', "x.csv")).toBe(
      "Flinks-Capital_Chequing_2026-01-01_to_2026-01-31.csv"
    )
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''Banque%20%C3%A9t%C3%A9.ofx", "x.ofx")).toBe("Banque été.ofx")
    expect(fileNameFromDisposition(null, "x.ofx")).toBe("x.ofx")
  })

  it("says what a refresh brought, or why it could not", () => {
    const sync = { status: "imported" as const, fetched: 7, inserted: 7, duplicates: 0, skipped: 0, possible_gaps: 0, code: null, message: null }
    expect(refreshOutcome(sync)).toEqual({ kind: "imported", message: "7 new lines, 0 duplicates", detail: null })
    expect(refreshOutcome({ ...sync, inserted: 1, duplicates: 1 }).message).toBe("1 new line, 1 duplicate")
    expect(refreshOutcome({ ...sync, status: "failed", code: "mfa_required", message: "Your bank asks." })).toMatchObject({
      kind: "mfa",
      message: "Your bank asks.",
    })
    expect(refreshOutcome({ ...sync, status: "failed", code: "import_failed", message: "Down." }).kind).toBe("failed")
  })
})

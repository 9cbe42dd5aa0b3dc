import { refreshOutcome } from "../../components/statement-centre/refresh-words"
import { balanceChartGeometry } from "../balance-chart"
import { formatBankDate, formatBankPeriod, isCompleteBankDate } from "../bank-date"
import { decimalGreaterThan, decimalParts, isAmountFilter, scaledDecimal } from "../decimal-text"
import { fileNameFromDisposition } from "../content-disposition"
import { formatMoney } from "../format-money"
import { latestAddress } from "../latest-address"
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
    expect(formatMoney("1234.5", "JPY", "en-US")).toBe("¥1,234.5")
  })

  it("prints a value beyond a float's precision exactly", () => {
    // As a float, 90071992547409.93 is 90071992547409.9375: the string must not go through one.
    expect(Number("90071992547409.93").toFixed(4)).toBe("90071992547409.9375")
    expect(formatMoney("90071992547409.93", "USD", "en-US")).toBe("$90,071,992,547,409.93")
    expect(formatMoney("-90071992547409.91", "CAD", "en-CA")).toBe("-$90,071,992,547,409.91")
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

  it("takes a typed date only once it is whole: every part, a real day, a year a merchant means", () => {
    // What a date input reports while 2026-11-01 is typed year digit by year digit.
    expect(["0002-11-01", "0020-11-01", "0202-11-01"].map(isCompleteBankDate)).toEqual([false, false, false])
    expect(isCompleteBankDate("2026-11-01")).toBe(true)
    // Years of five or six digits, as the input also takes.
    expect(isCompleteBankDate("20265-11-01")).toBe(false)
    expect(isCompleteBankDate("1900-01-01")).toBe(true)
    expect(isCompleteBankDate("1899-12-31")).toBe(false)
    expect(isCompleteBankDate("2100-12-31")).toBe(true)
    expect(isCompleteBankDate("2101-01-01")).toBe(false)
    // Days the calendar has, leap years included (1900 and 2100 are not, 2000 is).
    expect(isCompleteBankDate("2028-02-29")).toBe(true)
    expect(isCompleteBankDate("2000-02-29")).toBe(true)
    expect(isCompleteBankDate("2026-02-29")).toBe(false)
    expect(isCompleteBankDate("2100-02-29")).toBe(false)
    expect(isCompleteBankDate("1900-02-29")).toBe(false)
    expect(isCompleteBankDate("2026-04-31")).toBe(false)
    expect(isCompleteBankDate("2026-12-31")).toBe(true)
    expect(isCompleteBankDate("2026-13-01")).toBe(false)
    expect(isCompleteBankDate("2026-00-10")).toBe(false)
    expect(isCompleteBankDate("2026-01-00")).toBe(false)
    // Only the written form: no other order, no time, nothing around it.
    expect(["", "2026-1-01", "01/11/2026", "2026-11-01T00:00", " 2026-11-01"].map(isCompleteBankDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
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
      new URLSearchParams(
        "feed=bfeed_1&view=detailed&q=capital&from=2026-01-01&min=10.5&status=reconciled,excluded&text=rent&sort=amount&page=2"
      )
    )
    expect(state).toMatchObject({
      feed: "bfeed_1",
      view: "detailed",
      feedQuery: "capital",
      feedStatus: "linked",
      filters: {
        date_from: "2026-01-01",
        amount_min: "10.5",
        status: ["reconciled", "excluded"],
        q: "rent",
        sort: "amount",
      },
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
    expect(filterProblem({ ...NO_FILTERS, date_from: "2026-02-01", date_to: "2026-01-01" })).toMatch(
      /from date is after/
    )
    expect(filterProblem({ ...NO_FILTERS, amount_min: "100", amount_max: "99.99" })).toMatch(/minimum amount/)
    expect(lineQuery({ ...NO_FILTERS, status: ["reconciled"] })).toEqual({ status: "reconciled", sort: "-date" })
  })

  it("leaves out a date that is not whole, as one being typed", () => {
    const state = readCentreState(new URLSearchParams("from=0002-11-01&to=2026-02-30"))
    expect(state.filters.date_from).toBe("")
    expect(state.filters.date_to).toBe("")
    expect(readCentreState(new URLSearchParams("from=2026-11-01&to=2026-11-30")).filters).toMatchObject({
      date_from: "2026-11-01",
      date_to: "2026-11-30",
    })
  })

  it("starts each change from the address asked for last, before the router shows it", () => {
    const address = latestAddress("feed=f1")
    const change = (edit: (params: URLSearchParams) => void) => {
      const params = new URLSearchParams(address.current)
      edit(params)
      return address.ask(params.toString())
    }
    // From, then To, before the router has shown either: the second keeps the first.
    expect(change((params) => params.set("from", "2026-11-01"))).toBe(true)
    expect(change((params) => params.set("to", "2026-11-30"))).toBe(true)
    expect(address.current).toBe("feed=f1&from=2026-11-01&to=2026-11-30")
    // The router shows the first, then the second: neither takes the other back.
    address.shown("feed=f1")
    address.shown("feed=f1&from=2026-11-01")
    expect(address.current).toBe("feed=f1&from=2026-11-01&to=2026-11-30")
    address.shown("feed=f1&from=2026-11-01&to=2026-11-30")
    expect(address.current).toBe("feed=f1&from=2026-11-01&to=2026-11-30")
    // Nowhere to go when nothing changes.
    expect(change(() => {})).toBe(false)
    // Back (an address this screen did not ask for) is where the next change starts.
    address.shown("feed=f1")
    expect(change((params) => params.set("text", "rent"))).toBe(true)
    expect(address.current).toBe("feed=f1&text=rent")
  })

  it("keeps the latest change when the router skips one shown in between", () => {
    const address = latestAddress("")
    address.ask("from=2026-11-01")
    address.ask("from=2026-11-01&to=2026-11-30")
    address.ask("from=2026-11-01&to=2026-11-30&sort=date")
    address.shown("from=2026-11-01&to=2026-11-30")
    expect(address.current).toBe("from=2026-11-01&to=2026-11-30&sort=date")
    address.shown("from=2026-11-01&to=2026-11-30&sort=date")
    expect(address.current).toBe("from=2026-11-01&to=2026-11-30&sort=date")
  })
})

describe("downloads and refreshes in words", () => {
  it("takes the file name the server gave", () => {
    expect(
      fileNameFromDisposition('attachment; filename="Flinks-Capital_Chequing_2026-01-01_to_2026-01-31.csv"', "x.csv")
    ).toBe("Flinks-Capital_Chequing_2026-01-01_to_2026-01-31.csv")
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''Banque%20%C3%A9t%C3%A9.ofx", "x.ofx")).toBe(
      "Banque été.ofx"
    )
    expect(fileNameFromDisposition(null, "x.ofx")).toBe("x.ofx")
  })

  it("says what a refresh brought, or why it could not", () => {
    const sync = {
      status: "imported" as const,
      fetched: 7,
      inserted: 7,
      duplicates: 0,
      skipped: 0,
      possible_gaps: 0,
      code: null,
      message: null,
    }
    expect(refreshOutcome(sync)).toEqual({ kind: "imported", message: "7 new lines, 0 duplicates", detail: null })
    expect(refreshOutcome({ ...sync, inserted: 1, duplicates: 1 }).message).toBe("1 new line, 1 duplicate")
    expect(
      refreshOutcome({ ...sync, status: "failed", code: "mfa_required", message: "Your bank asks." })
    ).toMatchObject({
      kind: "mfa",
      message: "Your bank asks.",
    })
    expect(refreshOutcome({ ...sync, status: "failed", code: "import_failed", message: "Down." }).kind).toBe("failed")
  })
})

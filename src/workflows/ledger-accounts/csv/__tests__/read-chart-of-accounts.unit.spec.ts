import { ChartFileError, readChartOfAccounts } from "../read-chart-of-accounts"

const TYPES = "type must be one of asset, liability, equity, revenue, expense"
const CURRENCY = "currency must be a 3-letter code such as CAD"

describe("readChartOfAccounts", () => {
  it("reads the columns in any order and any case, and stores type and currency normalised", () => {
    const rows = readChartOfAccounts("Currency,TYPE,Name,Code\ncad,Asset,Bank - Chequing CAD,1010\n")
    expect(rows).toEqual([
      {
        line: 2,
        code: "1010",
        reasons: [],
        account: { code: "1010", name: "Bank - Chequing CAD", type: "asset", currency_code: "CAD", description: null },
      },
    ])
  })

  it("takes an optional description column and ignores columns it does not know", () => {
    const [row] = readChartOfAccounts(
      "code,name,type,currency,description,notes\n4000,Sales,revenue,CAD,Online store,x\n"
    )
    expect(row.account).toMatchObject({ code: "4000", description: "Online store" })
  })

  it("accepts currency_code as the name of the currency column", () => {
    const [row] = readChartOfAccounts("code,name,type,currency_code\n4000,Sales,revenue,usd\n")
    expect(row.account?.currency_code).toBe("USD")
  })

  it("says for each refused row why, in words", () => {
    const rows = readChartOfAccounts(
      [
        "code,name,type,currency",
        "1010,Chequing,asset,CAD",
        "1020,Savings,bank,CAD",
        "1030,Visa,liability,Canadian dollars",
        ",No code,asset,CAD",
        "10/40,Slash,asset,CAD",
        "1050,,asset,CAD",
        "1060,Two problems,thing,$$",
      ].join("\n")
    )
    expect(rows.map(({ line, code, reasons }) => ({ line, code, reasons }))).toEqual([
      { line: 2, code: "1010", reasons: [] },
      { line: 3, code: "1020", reasons: [TYPES] },
      { line: 4, code: "1030", reasons: [CURRENCY] },
      { line: 5, code: "", reasons: ["code is missing"] },
      { line: 6, code: "10/40", reasons: ["code must be 1 to 20 letters, digits, dots or dashes"] },
      { line: 7, code: "1050", reasons: ["name is missing"] },
      { line: 8, code: "1060", reasons: [TYPES, CURRENCY] },
    ])
    expect(rows.filter((row) => row.account).map((row) => row.code)).toEqual(["1010"])
  })

  it("keeps the first row of a code and refuses the ones after it, naming the first line", () => {
    const rows = readChartOfAccounts(
      "code,name,type,currency\n1010,A,asset,CAD\n1020,B,asset,CAD\n1010,C,asset,CAD\n1010,D,asset,CAD\n"
    )
    expect(rows.map((row) => row.reasons)).toEqual([
      [],
      [],
      ["code 1010 appears twice in this file (line 2)"],
      ["code 1010 appears twice in this file (line 2)"],
    ])
  })

  it("refuses a row whose unquoted comma made too many values, rather than shifting its columns", () => {
    const [row] = readChartOfAccounts("code,name,type,currency\n1010,Bank, Chequing,asset,CAD\n")
    expect(row.account).toBeNull()
    expect(row.reasons).toEqual([
      "this row has 5 values but the header has 4 columns: put quotes around a value that contains a comma",
    ])
  })

  it("reads a row short of values as having those values missing", () => {
    const [row] = readChartOfAccounts("code,name,type,currency\n1010,Chequing,asset\n")
    expect(row.reasons).toEqual([CURRENCY])
  })

  it("keeps a quoted name on several lines as one value and numbers the rows after it as the file shows", () => {
    const rows = readChartOfAccounts(
      'code,name,type,currency\r\n1010,"Bank\r\nChequing",asset,CAD\r\n2010,Visa,liability,CAD\r\n'
    )
    expect(rows.map(({ line, account }) => [line, account?.name])).toEqual([
      [2, "Bank\r\nChequing"],
      [4, "Visa"],
    ])
  })

  it("skips blank rows, even ones made of commas, and counts lines as the file shows them", () => {
    const rows = readChartOfAccounts("code,name,type,currency\r\n\r\n,,,\r\n1010,Chequing,asset,CAD\r\n")
    expect(rows.map((row) => row.line)).toEqual([4])
  })

  it("refuses a file without a header row, naming the missing columns", () => {
    expect(() => readChartOfAccounts("1010,Chequing,asset,CAD\n")).toThrow(
      new ChartFileError(
        "The header row is missing the columns code, name, type, currency: the first line must name the columns code, name, type, currency (in any order)."
      )
    )
    expect(() => readChartOfAccounts("code,name,kind\n")).toThrow(/missing the columns type, currency:/)
    expect(() => readChartOfAccounts("code,name,type\n")).toThrow(/missing the column currency:/)
  })

  it("refuses an empty file and a header naming a column twice", () => {
    expect(() => readChartOfAccounts("\uFEFF\n")).toThrow(/^The file is empty/)
    expect(() => readChartOfAccounts("code,name,type,currency,Code\n")).toThrow(/names the column code twice/)
  })

  it("points at semicolons when a spreadsheet saved them instead of commas", () => {
    expect(() => readChartOfAccounts("code;name;type;currency\n")).toThrow(/semicolons or tabs/)
  })
})

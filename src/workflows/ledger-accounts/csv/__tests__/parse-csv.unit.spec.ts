import { CsvSyntaxError, parseCsv } from "../parse-csv"

const cellsOf = (text: string) => parseCsv(text).map((record) => record.cells)

describe("parseCsv", () => {
  it("splits plain rows on commas and line breaks", () => {
    expect(cellsOf("code,name\n1010,Chequing\n")).toEqual([
      ["code", "name"],
      ["1010", "Chequing"],
    ])
  })

  it("reads Windows (CRLF) and old Mac (CR) line endings like LF", () => {
    expect(cellsOf("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ])
    expect(cellsOf("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ])
  })

  it("ignores the byte order mark Excel writes first", () => {
    expect(cellsOf("\uFEFFcode,name\n1010,Chequing")[0]).toEqual(["code", "name"])
  })

  it("keeps commas, line breaks and doubled quotes inside quoted fields", () => {
    expect(cellsOf('1010,"Bank, Chequing","He said ""hi""","two\r\nlines"')).toEqual([
      ["1010", "Bank, Chequing", 'He said "hi"', "two\r\nlines"],
    ])
  })

  it("keeps empty fields, quoted or not", () => {
    expect(cellsOf('a,,"",b')).toEqual([["a", "", "", "b"]])
    expect(cellsOf(",,,")).toEqual([["", "", "", ""]])
  })

  it("skips empty lines but numbers records by the line they start on", () => {
    const records = parseCsv('code,name\n\n1010,"Multi\nline"\n\n2010,Card\n')
    expect(records.map((record) => record.line)).toEqual([1, 3, 6])
  })

  it("keeps a stray quote inside an unquoted field as written", () => {
    expect(cellsOf('1010,12" pipe,x')).toEqual([["1010", '12" pipe', "x"]])
  })

  it("reads nothing from an empty text", () => {
    expect(parseCsv("")).toEqual([])
    expect(parseCsv("\uFEFF\r\n\n")).toEqual([])
  })

  it("says on which line a quote is opened and never closed", () => {
    const read = () => parseCsv('code,name\n1010,"Chequing\n2010,Card\n')
    expect(read).toThrow(CsvSyntaxError)
    expect(read).toThrow('Line 2 opens a quote (") that is never closed.')
  })
})

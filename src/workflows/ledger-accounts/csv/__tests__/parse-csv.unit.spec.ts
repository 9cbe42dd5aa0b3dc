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

  it("reads a file whose lines end in CRLF, LF and CR mixed, as one saved by several tools", () => {
    expect(cellsOf("a,b\r\n1,2\n3,4\r5,6")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
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

  it("numbers lines as an editor shows them after a quoted value holding a CRLF", () => {
    const records = parseCsv(
      'code,name\r\n1010,"two\r\nlines"\r\n\r\n2010,Card\r\n3010,"\u00e9t\u00e9\n\u00e9"\r\n4010,x'
    )
    expect(records.map((record) => record.line)).toEqual([1, 2, 5, 6, 8])
  })

  it("keeps a stray quote inside an unquoted field as written", () => {
    expect(cellsOf('1010,12" pipe,x')).toEqual([["1010", '12" pipe', "x"]])
  })

  it("drops spaces around values and around their quotes, so a spaced-out quoted comma stays one value", () => {
    expect(cellsOf(' 1010 , "Bank, Chequing" ,asset')).toEqual([["1010", "Bank, Chequing", "asset"]])
    expect(cellsOf('a," two\n lines "')).toEqual([["a", " two\n lines "]])
  })

  it("keeps rows with more or fewer values than the first, for the row checks to refuse", () => {
    expect(cellsOf("a,b,c\n1,2\n1,2,3,4")).toEqual([
      ["a", "b", "c"],
      ["1", "2"],
      ["1", "2", "3", "4"],
    ])
  })

  it("says on which line text follows a closing quote", () => {
    expect(() => parseCsv('code,name\n1010,"Bank"Chequing\n')).toThrow(
      new CsvSyntaxError(
        'Line 2 has text after a closing quote ("): put the whole value in quotes, and write a quote inside it as two ("").',
        2
      )
    )
  })

  it("reads nothing from an empty text", () => {
    expect(parseCsv("")).toEqual([])
    expect(parseCsv("\uFEFF\r\n\n")).toEqual([])
  })

  it("says on which line a quote is opened and never closed", () => {
    const read = () => parseCsv('code,name\n1010,"Chequing\n2010,Card\n')
    expect(read).toThrow(CsvSyntaxError)
    expect(read).toThrow('Line 2 opens a quote (") that is never closed.')
    expect(() => parseCsv('code\r\n"a\r\nb"\r\n\r\n"c\r\nd')).toThrow('Line 5 opens a quote (") that is never closed.')
  })
})

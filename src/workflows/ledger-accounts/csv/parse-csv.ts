/** One record of a CSV file and the line of the file it starts on (1 = the first line). */
export type CsvRecord = { line: number; cells: string[] }

/** The file cannot be read as CSV at all; `line` says where to look. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = "CsvSyntaxError"
  }
}

const BOM = "\uFEFF"

/**
 * Reads comma-separated text as spreadsheets write it (RFC 4180): fields in double quotes may hold
 * commas, line breaks and doubled quotes (""); lines end in CRLF, LF or CR; a UTF-8 byte order
 * mark, which Excel puts first, is ignored. Empty lines are skipped. A quote inside an unquoted
 * field, or text after a closing quote, is kept as written rather than refused: merchants' files
 * come from many tools and the row checks that follow say more than a syntax error would.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith(BOM) ? text.slice(BOM.length) : text
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ""
  let line = 1
  let recordLine = 1
  let quoted = false
  let quoteOpenedOn = 0
  let recordHasContent = false

  const endCell = () => {
    cells.push(cell)
    cell = ""
  }
  const endRecord = () => {
    endCell()
    if (recordHasContent || cells.length > 1) {
      records.push({ line: recordLine, cells })
    }
    cells = []
    recordHasContent = false
  }

  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (char === "\n" || (char === "\r" && source[i + 1] !== "\n")) line++
        cell += char
      }
      continue
    }
    if (char === '"' && cell === "") {
      quoted = true
      quoteOpenedOn = line
      recordHasContent = true
    } else if (char === ",") {
      endCell()
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++
      endRecord()
      line++
      recordLine = line
    } else {
      cell += char
      recordHasContent = true
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(`Line ${quoteOpenedOn} opens a quote (") that is never closed.`, quoteOpenedOn)
  }
  endRecord()
  return records
}

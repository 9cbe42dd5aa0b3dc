import { CsvError, parse } from "csv-parse/sync"

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

/**
 * Reads comma-separated text as spreadsheets write it (RFC 4180) through csv-parse: fields in double
 * quotes may hold commas, line breaks and doubled quotes (""); lines end in CRLF, LF or CR, even
 * mixed in one file; a UTF-8 byte order mark, which Excel puts first, is ignored; empty lines are
 * skipped. Rows may have more or fewer values than the header: the row checks that follow say which
 * row and why, which is more use to a merchant than a syntax error. A quote inside an unquoted field
 * is kept as written; spaces around a value (or around its quotes) are dropped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const bytes = Buffer.from(text)
  const lines = new LineCounter(bytes)
  const records: CsvRecord[] = []
  let recordStart = 0
  try {
    parse(bytes, {
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      // `bytes` is where the record ends, its line break included: the next record starts there.
      on_record: (cells, { bytes: recordEnd }) => {
        records.push({ line: lines.lineOfRecordFrom(recordStart), cells })
        recordStart = recordEnd
        return null
      },
    })
  } catch (error) {
    // The faulty record is the one after the last complete record; a merchant looks where it starts.
    throw error instanceof CsvError ? syntaxError(error, lines.lineOfRecordFrom(recordStart)) : error
  }
  return records
}

/**
 * csv-parse counts CR and LF inside a quoted field as two lines, so an editor and csv-parse disagree
 * after a quoted CRLF; the line a merchant sees is counted here from the byte offsets csv-parse gives.
 * CR and LF never occur inside a multi-byte UTF-8 character, so counting bytes is safe.
 */
class LineCounter {
  private offset = 0
  private line = 1

  constructor(private readonly bytes: Buffer) {}

  /** The line of the first byte at or after `offset` that is not a line break (skipped empty lines). */
  lineOfRecordFrom(offset: number): number {
    let start = offset
    while (start < this.bytes.length && isBreak(this.bytes[start])) start++
    for (; this.offset < start; this.offset++) {
      const byte = this.bytes[this.offset]
      if (byte === LF || (byte === CR && this.bytes[this.offset + 1] !== LF)) this.line++
    }
    return this.line
  }
}

const CR = 0x0d
const LF = 0x0a
const isBreak = (byte: number) => byte === CR || byte === LF

function syntaxError(error: CsvError, line: number): CsvSyntaxError {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvSyntaxError(`Line ${line} opens a quote (") that is never closed.`, line)
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return new CsvSyntaxError(
        `Line ${line} has text after a closing quote ("): put the whole value in quotes, and write a quote inside it as two ("").`,
        line
      )
    default:
      return new CsvSyntaxError(`Line ${line} cannot be read as CSV: ${error.message}`, line)
  }
}

import { currencyAmount } from "./decimal-text"
import { ExportLine } from "./types"

const HEADER = ["Date", "Description", "Debit", "Credit", "Running balance", "Currency", "Status", "Bank reference"]

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * A text cell a spreadsheet will show, never run: a leading formula character gets a quote in
 * front. Amounts we wrote ourselves stay numbers, negative ones included.
 */
export function neutraliseCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value
  return FORMULA_START.test(value) ? `'${value}` : value
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function row(cells: (string | null)[]): string {
  return cells.map((cell) => quote(neutraliseCell(cell ?? ""))).join(",")
}

/** The file's first line: a byte-order mark, so spreadsheet programs read accents as UTF-8, and the header. */
export function csvHead(): string {
  return `\uFEFF${row(HEADER)}\r\n`
}

/** One line of the file, CRLF-terminated. Dates stay the bank's; money exact, with the currency's decimals. */
export function csvLine(line: ExportLine): string {
  return `${row([
    line.date,
    line.description,
    currencyAmount(line.debit, line.currency_code),
    currencyAmount(line.credit, line.currency_code),
    currencyAmount(line.running_balance, line.currency_code),
    line.currency_code,
    line.status,
    line.provider_transaction_id,
  ])}\r\n`
}

/**
 * RFC 4180 CSV with a byte-order mark (French bank descriptions keep their accents). Lines in the
 * order given (every file's order: oldest first). A download writes csvHead and csvLine as the
 * lines come; this is the same file whole.
 */
export function linesToCsv(lines: Iterable<ExportLine>): string {
  let out = csvHead()
  for (const line of lines) out += csvLine(line)
  return out
}

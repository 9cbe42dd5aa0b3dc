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

/**
 * RFC 4180 CSV with a byte-order mark, so spreadsheet programs read accents (French bank
 * descriptions) as UTF-8. Lines in the order given (every file's order: oldest first). Dates stay
 * the bank's calendar dates; money stays exact text, written with the currency's decimals.
 */
export function linesToCsv(lines: Iterable<ExportLine>): string {
  const out = [`\uFEFF${row(HEADER)}`]
  for (const line of lines) {
    out.push(
      row([
        line.date,
        line.description,
        currencyAmount(line.debit, line.currency_code),
        currencyAmount(line.credit, line.currency_code),
        currencyAmount(line.running_balance, line.currency_code),
        line.currency_code,
        line.status,
        line.provider_transaction_id,
      ])
    )
  }
  return `${out.join("\r\n")}\r\n`
}

import {
  codeProblem,
  currencyProblem,
  descriptionProblem,
  LedgerAccountType,
  nameProblem,
  normaliseCurrency,
  normaliseType,
  typeProblem,
} from "../ledger-account-rules"
import { CsvRecord, parseCsv } from "./parse-csv"

export const REQUIRED_COLUMNS = ["code", "name", "type", "currency"] as const
type Column = (typeof REQUIRED_COLUMNS)[number] | "description"

/** Other spellings a header may use; any column not named here or above is ignored. */
const COLUMN_NAMES: Record<string, Column> = {
  code: "code",
  name: "name",
  type: "type",
  currency: "currency",
  currency_code: "currency",
  description: "description",
}

export type ChartAccount = {
  code: string
  name: string
  type: LedgerAccountType
  currency_code: string
  description: string | null
}

/** One data row of the file: the account it describes, or why it cannot be one. */
export type ChartRow = {
  line: number
  code: string
  account: ChartAccount | null
  reasons: string[]
}

/** The file as a whole cannot be imported (no usable header row); nothing in it is. */
export class ChartFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ChartFileError"
  }
}

const COLUMNS_SENTENCE = `the first line must name the columns ${REQUIRED_COLUMNS.join(", ")} (in any order)`

/**
 * Reads a chart of accounts from CSV text: a header row naming the columns code, name, type and
 * currency (any case, any order, description optional), then one account per row. Checks each row
 * on its own and against the rows above it; whether a code is already used in the books is for the
 * caller to say. Throws ChartFileError when there is no usable header row.
 */
export function readChartOfAccounts(text: string): ChartRow[] {
  const [header, ...records] = parseCsv(text)
  if (!header) {
    throw new ChartFileError(`The file is empty: ${COLUMNS_SENTENCE}.`)
  }
  const columns = readHeader(header)
  const firstLineOfCode = new Map<string, number>()

  return records
    .filter((record) => record.cells.some((cell) => cell.trim() !== ""))
    .map((record) => {
      const value = (column: Column) => {
        const index = columns.get(column)
        return index === undefined ? "" : (record.cells[index] ?? "").trim()
      }
      const row: ChartRow = { line: record.line, code: value("code"), account: null, reasons: [] }

      const extra = record.cells.slice(header.cells.length)
      if (extra.some((cell) => cell.trim() !== "")) {
        row.reasons.push(
          `this row has ${record.cells.length} values but the header has ${header.cells.length} columns: put quotes around a value that contains a comma`
        )
        return row
      }

      const account = {
        code: row.code,
        name: value("name"),
        type: normaliseType(value("type")),
        currency_code: normaliseCurrency(value("currency")),
        description: value("description") || null,
      }
      const problems = [
        codeProblem(account.code),
        nameProblem(account.name),
        typeProblem(account.type),
        currencyProblem(account.currency_code),
        descriptionProblem(account.description ?? ""),
      ]
      row.reasons.push(...problems.filter((problem): problem is string => problem !== null))

      if (!codeProblem(account.code)) {
        const firstLine = firstLineOfCode.get(account.code)
        if (firstLine === undefined) {
          firstLineOfCode.set(account.code, record.line)
        } else {
          row.reasons.push(`code ${account.code} appears twice in this file (line ${firstLine})`)
        }
      }
      if (!row.reasons.length) {
        row.account = account as ChartAccount
      }
      return row
    })
}

/** Where each known column sits in the rows; refuses a header that lacks one or names one twice. */
function readHeader(header: CsvRecord): Map<Column, number> {
  const columns = new Map<Column, number>()
  header.cells.forEach((cell, index) => {
    const column = COLUMN_NAMES[cell.trim().toLowerCase()]
    if (!column) return
    if (columns.has(column)) {
      throw new ChartFileError(`The header row names the column ${column} twice: ${COLUMNS_SENTENCE}, once each.`)
    }
    columns.set(column, index)
  })
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column))
  if (missing.length) {
    const plural = missing.length > 1 ? "columns" : "column"
    // Spreadsheets set to a European locale save with semicolons; saying so saves a round trip.
    const hint =
      header.cells.length === 1 && /[;\t]/.test(header.cells[0])
        ? " The file seems to use semicolons or tabs between values: save it as comma-separated values (CSV)."
        : ""
    throw new ChartFileError(
      `The header row is missing the ${plural} ${missing.join(", ")}: ${COLUMNS_SENTENCE}.${hint}`
    )
  }
  return columns
}

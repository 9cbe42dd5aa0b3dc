import { currencyDecimals } from "./currency-decimals"

const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/

/** The signed amount of a line as decimal text: credits add, debits take away. No float involved. */
export function signedAmount(line: { debit: string | null; credit: string | null }): string {
  if (line.credit !== null) return line.credit
  const debit = line.debit ?? "0"
  if (/^0*(\.0*)?$/.test(debit)) return debit
  return debit.startsWith("-") ? debit.slice(1) : `-${debit}`
}

/**
 * Decimal text written with exactly `decimals` fraction digits, as an accountant expects it:
 * "1425" → "1425.00", "164.4" → "164.40", "12.000" → "12.00" (JPY: "1425.00" → "1425"). Flinks
 * sends the shortest form of each amount, which spreadsheets and importers would show unevenly.
 * Only zeros are ever added or taken away: a bank amount with more significant decimals than its
 * currency has ("0.125" in CAD) keeps them, since cutting them would change the books silently.
 * Text that is not a plain decimal is left as it is.
 */
export function withDecimals(amount: string, decimals: number): string {
  const match = DECIMAL.exec(amount)
  if (!match) return amount
  const [, sign, whole, fraction = ""] = match
  const significant = fraction.replace(/0+$/, "")
  const digits = significant.length > decimals ? significant : significant.padEnd(decimals, "0")
  return digits ? `${sign}${whole}.${digits}` : `${sign}${whole}`
}

/** An amount written with its currency's decimals (see withDecimals); null stays null. */
export function currencyAmount(amount: string, currencyCode: string): string
export function currencyAmount(amount: string | null, currencyCode: string): string | null
export function currencyAmount(amount: string | null, currencyCode: string): string | null {
  return amount === null ? null : withDecimals(amount, currencyDecimals(currencyCode))
}

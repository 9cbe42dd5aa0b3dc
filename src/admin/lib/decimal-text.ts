/**
 * Money arrives from the server as exact decimal text ("-1234.50"). These helpers read it without
 * ever going through a float: digits stay digits, and comparisons run on BigInt.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

export type DecimalParts = {
  negative: boolean
  /** The whole part without leading zeros ("0" for none). */
  whole: string
  /** The fraction's digits without trailing zeros ("" for none). */
  fraction: string
}

/** The parts of a decimal written like the server writes it; null for anything else. */
export function decimalParts(text: string): DecimalParts | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const whole = match[2].replace(/^0+(?=\d)/, "")
  const fraction = (match[3] ?? "").replace(/0+$/, "")
  const zero = whole === "0" && fraction === ""
  return { negative: Boolean(match[1]) && !zero, whole, fraction }
}

/** The decimal as a whole number of 10^-scale units, exactly (digits past the scale are cut). */
export function scaledDecimal(text: string, scale = 12): bigint | null {
  const parts = decimalParts(text)
  if (!parts) return null
  const units = BigInt(parts.whole + parts.fraction.padEnd(scale, "0").slice(0, scale))
  return parts.negative ? -units : units
}

/**
 * What the line filters accept as an amount: the server's own rule (digits, at most six decimals,
 * no sign, no thousands separator), so a bad amount is said at once instead of by a 400.
 */
export const AMOUNT_FILTER = /^\d{1,15}(\.\d{1,6})?$/

export function isAmountFilter(text: string): boolean {
  return AMOUNT_FILTER.test(text)
}

/** Whether amount text `a` is more than `b`; false when either is not a decimal. */
export function decimalGreaterThan(a: string, b: string): boolean {
  const left = scaledDecimal(a)
  const right = scaledDecimal(b)
  return left !== null && right !== null && left > right
}

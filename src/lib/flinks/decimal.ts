/**
 * Money from Flinks stays text from the wire to the database: these helpers only check and
 * reshape decimal text, they never compute with floats.
 */

const DECIMAL_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/

export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text)
}

/**
 * "1.05075E3" → "1050.75". JSON allows exponents, a database decimal column or a bigNumber does
 * not always; plain text without an exponent is returned unchanged, byte for byte.
 */
export function toPlainDecimal(text: string): string {
  // Nearly every amount has no exponent; a search for one costs less than the expression below.
  if (!text.includes("e") && !text.includes("E")) return text
  const match = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(text)
  if (!match) return text
  const [, sign, intPart, fracPart = "", expText] = match
  const exponent = Number(expText)
  const digits = intPart + fracPart
  // Where the decimal point lands, counted from the left of `digits`.
  const point = intPart.length + exponent
  let whole: string
  let fraction: string
  if (point <= 0) {
    whole = "0"
    fraction = "0".repeat(-point) + digits
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length)
    fraction = ""
  } else {
    whole = digits.slice(0, point)
    fraction = digits.slice(point)
  }
  whole = whole.replace(/^0+(?=\d)/, "")
  fraction = fraction.replace(/0+$/, "")
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`
}

// ISO 4217's default, and what Intl itself gives a well-formed code it does not know.
const USUAL_DECIMALS = 2
const known = new Map<string, number>()

/**
 * How many decimals the currency's amounts are written with (JPY 0, CAD 2, KWD 3), as Intl's
 * currency data says. Learned once per currency: a file of 100,000 lines asks for it each line.
 */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  let decimals = known.get(code)
  if (decimals === undefined) {
    try {
      decimals =
        new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ??
        USUAL_DECIMALS
    } catch {
      // A malformed code (Intl throws RangeError): the usual two decimals rather than a failed download.
      decimals = USUAL_DECIMALS
    }
    known.set(code, decimals)
  }
  return decimals
}

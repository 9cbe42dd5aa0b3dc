import { decimalParts } from "./decimal-text"

// Intl takes a decimal string as an exact value (NumberFormat v3, Node 20 and current browsers):
// no float in between, so "90071992547409.93" prints every digit. TypeScript's ES2020 lib types
// `format` and `signDisplay` for the older API alone, hence the casts below.
type DecimalFormat = { format(value: string): string }

/**
 * Money as the merchant reads it ("CA$1,234.50", "-CA$12.00") from the server's decimal text or a
 * number: the locale gives the currency sign, the separators and where the minus goes. Every
 * significant digit is kept (up to 20 decimals), and the currency's usual decimals are always shown;
 * a zero is never negative.
 */
export function formatMoney(amount: string | number | null | undefined, currencyCode: string, locale?: string): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  const text = String(amount).trim()
  const currency = currencyCode.toUpperCase()
  // Intl would print "NaN" for text that is no decimal: show the bank's figure as it came.
  if (!decimalParts(text)) return `${text} ${currency}`
  try {
    const money = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      maximumFractionDigits: 20,
      signDisplay: "negative",
    } as unknown as Intl.NumberFormatOptions) as unknown as DecimalFormat
    return money.format(text)
  } catch {
    // An unknown currency code: show the bank's figure as it came.
    return `${text} ${currency}`
  }
}

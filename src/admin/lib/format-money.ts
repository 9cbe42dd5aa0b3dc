import { decimalParts } from "./decimal-text"

/**
 * Money as the merchant reads it ("CA$1,234.50", "-CA$12.00"), built from the server's decimal
 * text without a float: the locale gives the currency sign, the separators and where the minus
 * goes; the digits are the server's own. Every significant digit is kept, and the currency's
 * usual decimals are always shown.
 */
export function formatMoney(amount: string | number | null | undefined, currencyCode: string, locale?: string): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  const text = String(amount)
  const currency = currencyCode.toUpperCase()
  const parts = decimalParts(text)
  if (!parts) return `${text} ${currency}`
  try {
    const money = new Intl.NumberFormat(locale, { style: "currency", currency })
    const decimals = money.resolvedOptions().minimumFractionDigits ?? 2
    const decimal = money.formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? "."
    const wholeMoney = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    })
    // BigInt keeps every digit of the whole part; the grouping is the currency format's own.
    const whole = wholeMoney
      .formatToParts(BigInt(parts.whole))
      .filter((part) => part.type === "integer" || part.type === "group")
      .map((part) => part.value)
      .join("")
    const fraction = parts.fraction.padEnd(decimals, "0")
    const number = fraction ? `${whole}${decimal}${fraction}` : whole
    // A one-unit template says where the sign and the currency go in this locale.
    return wholeMoney
      .formatToParts(parts.negative ? -1 : 1)
      .map((part) => (part.type === "integer" ? number : part.value))
      .join("")
  } catch {
    // An unknown currency code: show the bank's figure as it came.
    return `${text} ${currency}`
  }
}

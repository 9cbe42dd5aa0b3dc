/**
 * Balances arrive as exact decimals (a JSON string, or a number) and are only shown, never
 * computed with. Intl formats a decimal string exactly (NumberFormat v3); the cast is only for
 * TypeScript's ES2020 lib, which types `format` for numbers alone.
 */
export function formatBalance(amount: number | string | null | undefined, currencyCode: string): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(
      amount as number
    )
  } catch {
    // An unknown currency code: show the bank's figure as it came.
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

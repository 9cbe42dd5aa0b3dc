/**
 * Flinks sends amounts as JSON decimals and the plugin parses them from the text, so the text must
 * be exact. Amounts live as integer cents and are printed with integer arithmetic: a float never
 * takes part, so 0.1 + 0.2 can never leak into a body.
 */
export class Money {
  constructor(readonly cents: number) {
    if (!Number.isSafeInteger(cents)) {
      throw new Error(`Money needs whole cents, got ${cents}`)
    }
  }
}

export type AmountFormat = "minimal" | "fixed2"

/** "minimal" prints 12, 12.3, 1050.75; "fixed2" prints 12.00, 12.30, 1050.75. */
export function formatCents(cents: number, format: AmountFormat): string {
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(cents)
  const units = Math.floor(abs / 100)
  const rest = abs % 100
  if (format === "fixed2") {
    return `${sign}${units}.${rest < 10 ? "0" : ""}${rest}`
  }
  if (rest === 0) {
    return `${sign}${units}`
  }
  if (rest % 10 === 0) {
    return `${sign}${units}.${rest / 10}`
  }
  return `${sign}${units}.${rest < 10 ? "0" : ""}${rest}`
}

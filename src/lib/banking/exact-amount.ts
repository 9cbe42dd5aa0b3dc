import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * A decimal string from Flinks as a bigNumber column value. The service's generated input types
 * say `number`, but a number would go through a float; a BigNumber keeps the exact text.
 */
export function exactAmount(text: string): number
export function exactAmount(text: string | null): number | null
export function exactAmount(text: string | null): number | null {
  return text === null ? null : (new BigNumber(text) as unknown as number)
}

/** The exact form Medusa keeps beside a bigNumber column (`raw_<column>`), for rows written directly. */
export function rawAmount(text: string | null): { value: string; precision: number } | null {
  if (text === null) return null
  const precision = BigNumber.DEFAULT_PRECISION
  return { value: MathBN.convert(text).toPrecision(precision), precision }
}

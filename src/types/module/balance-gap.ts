/**
 * A running balance that does not follow from the line before it: some line is missing between the
 * two, or the bank restated one. Amounts are exact decimal text.
 */
export type BalanceGapDTO = { date: string; expected: string; found: string }

import { MathBN } from "@medusajs/framework/utils"

type Line = { date: string; debit: string | null; credit: string | null; balance: string | null }

export type BalanceGap = { date: string; expected: string; found: string }

/**
 * Where the running balance does not follow from the previous line, some line is missing between
 * the two (or the bank restated one). `previous` is the last line already stored, if any.
 */
export function findBalanceGaps(lines: Line[], previous?: { balance: string | null } | null): BalanceGap[] {
  const gaps: BalanceGap[] = []
  let before = previous?.balance ?? null
  for (const line of lines) {
    if (before !== null && line.balance !== null) {
      const expected = MathBN.convert(before)
        .plus(line.credit ?? 0)
        .minus(line.debit ?? 0)
      if (!expected.isEqualTo(line.balance)) {
        gaps.push({ date: line.date, expected: expected.toFixed(), found: MathBN.convert(line.balance).toFixed() })
      }
    }
    before = line.balance
  }
  return gaps
}

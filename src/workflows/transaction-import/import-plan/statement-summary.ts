import { MathBN } from "@medusajs/framework/utils"
import { RecordAccountImportInput } from "../../../types"
import { PlannedLine } from "./plan-account-import"

export type StatementSummary = NonNullable<RecordAccountImportInput["statement"]>

/** The header of what one import brought for one account; lines oldest first, money exact. */
export function summarizeStatement(lines: PlannedLine[]): StatementSummary {
  let debits = MathBN.convert(0)
  let credits = MathBN.convert(0)
  for (const line of lines) {
    if (line.debit !== null) debits = debits.plus(line.debit)
    if (line.credit !== null) credits = credits.plus(line.credit)
  }
  const first = lines[0]
  const last = lines[lines.length - 1]
  const opening =
    first.balance === null
      ? null
      : MathBN.convert(first.balance)
          .minus(first.credit ?? 0)
          .plus(first.debit ?? 0)
          .toFixed()
  return {
    period_start: first.date,
    period_end: last.date,
    opening_balance: opening,
    closing_balance: last.balance,
    total_debits: debits.toFixed(),
    total_credits: credits.toFixed(),
    transaction_count: lines.length,
  }
}

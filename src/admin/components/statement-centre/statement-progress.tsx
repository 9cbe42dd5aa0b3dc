import { Text } from "@medusajs/ui"
import { progressWords } from "./labels"
import type { AdminBankStatement } from "../../../types/http"

/** "12 of 40 reconciled" over a bar: reconciled in green, excluded in grey. */
export function StatementProgress({ statement }: { statement: AdminBankStatement }) {
  const total = Math.max(1, statement.transaction_count)
  const reconciled = (statement.reconciled_count / total) * 100
  const excluded = (statement.excluded_count / total) * 100
  return (
    <div className="flex w-full min-w-[7rem] flex-col gap-y-1">
      <Text size="xsmall" className="tabular-nums text-ui-fg-base" data-testid="statement-progress">
        {progressWords(statement)}
      </Text>
      <div className="flex h-1.5 w-full overflow-hidden rounded-full bg-ui-bg-component" aria-hidden>
        <div className="h-full bg-ui-tag-green-icon" style={{ width: `${reconciled}%` }} />
        <div className="h-full bg-ui-tag-neutral-icon" style={{ width: `${excluded}%` }} />
      </div>
    </div>
  )
}

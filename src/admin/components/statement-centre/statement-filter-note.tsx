import { XMark } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useFeedStatements } from "../../hooks/api/statement-centre"
import { formatBankPeriod } from "../../lib/bank-date"
import { STATEMENTS_PAGE_SIZE } from "./statements-table"

/** Says that only one statement's lines show, and offers all of them again. */
export function StatementFilterNote({
  feedId,
  statementId,
  onClear,
}: {
  feedId: string
  statementId: string
  onClear: () => void
}) {
  // The Header View's first page, most likely cached already, names the period.
  const statements = useFeedStatements(feedId, { limit: STATEMENTS_PAGE_SIZE, offset: 0 })
  const statement = statements.data?.statements.find((item) => item.id === statementId)
  return (
    <div className="flex items-center gap-x-2" data-testid="statement-filter">
      <Text size="small" className="text-ui-fg-subtle">
        Only the lines of the statement{" "}
        <span className="text-ui-fg-base">
          {statement ? formatBankPeriod(statement.period_start, statement.period_end) : "you chose"}
        </span>
      </Text>
      <Button size="small" variant="transparent" onClick={onClear}>
        <XMark />
        Show all lines
      </Button>
    </div>
  )
}

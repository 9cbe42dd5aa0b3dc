import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useFeedStatements } from "../../hooks/api/statement-centre"
import { formatBankDate } from "../../lib/bank-date"
import { formatMoney } from "../../lib/format-money"
import { merchantMessage } from "../../lib/merchant-message"
import { STATEMENT_STATUS_WORDS } from "./labels"
import { StatementActions } from "./statement-actions"
import { StatementProgress } from "./statement-progress"
import { FITTING_CELLS } from "./table-fit"
import type { AdminBankStatement } from "../../../types/http"

export const STATEMENTS_PAGE_SIZE = 20

type Props = {
  feedId: string
  /** 1-based. */
  page: number
  onPage: (page: number) => void
  onShowLines: (statement: AdminBankStatement) => void
}

/** "Oct 4, 2026 – Dec 1, 2026": a narrow column puts the end date under the start, never inside a date. */
function StatementPeriod({ start, end }: { start: string; end: string }) {
  if (start === end) return <span className="whitespace-nowrap">{formatBankDate(start)}</span>
  return (
    <>
      <span className="whitespace-nowrap">{formatBankDate(start)} –</span>{" "}
      <span className="whitespace-nowrap">{formatBankDate(end)}</span>
    </>
  )
}

/** Header View: one row per statement (one import's lines), newest first, a page at a time. */
export function StatementsTable({ feedId, page, onPage, onShowLines }: Props) {
  const statements = useFeedStatements(feedId, {
    limit: STATEMENTS_PAGE_SIZE,
    offset: (page - 1) * STATEMENTS_PAGE_SIZE,
  })
  const count = statements.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / STATEMENTS_PAGE_SIZE))

  if (statements.isError) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
        Could not load the statements: {merchantMessage(statements.error)}
      </Text>
    )
  }
  if (!statements.data) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        Loading the statements…
      </Text>
    )
  }
  if (count === 0) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="statements-empty">
        No statement yet: nothing has been imported for this feed. Refresh Transactions brings in what is new.
      </Text>
    )
  }

  return (
    <div>
      <Table aria-label="Statements" className={FITTING_CELLS}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Period</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Opening balance</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Closing balance</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total debits</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total credits</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
            <Table.HeaderCell>Reconciliation</Table.HeaderCell>
            <Table.HeaderCell className="w-px">
              <span className="sr-only">Actions</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {statements.data.statements.map((statement) => {
            const money = (amount: string | null) => formatMoney(amount, statement.currency_code)
            const status = STATEMENT_STATUS_WORDS[statement.status] ?? {
              label: statement.status,
              color: "grey" as const,
            }
            return (
              <Table.Row key={statement.id} data-testid="statement-row" className="[&_td]:py-2">
                <Table.Cell data-testid="statement-period">
                  <StatementPeriod start={statement.period_start} end={statement.period_end} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                  {money(statement.opening_balance)}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                  {money(statement.closing_balance)}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                  {money(statement.total_debits)}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                  {money(statement.total_credits)}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums" data-testid="statement-line-count">
                  {statement.transaction_count}
                </Table.Cell>
                {/* The status and what it is made of, in one column: one fewer keeps the row within 1024 px. */}
                <Table.Cell>
                  <div className="flex flex-col items-start gap-y-1.5">
                    <StatusBadge color={status.color} data-testid="statement-status">
                      {status.label}
                    </StatusBadge>
                    <StatementProgress statement={statement} />
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <StatementActions statement={statement} onShowLines={onShowLines} />
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {count > STATEMENTS_PAGE_SIZE && (
        <Table.Pagination
          count={count}
          pageSize={STATEMENTS_PAGE_SIZE}
          pageIndex={page - 1}
          pageCount={pageCount}
          canPreviousPage={page > 1}
          canNextPage={page < pageCount}
          previousPage={() => onPage(Math.max(1, page - 1))}
          nextPage={() => onPage(page + 1)}
        />
      )}
    </div>
  )
}

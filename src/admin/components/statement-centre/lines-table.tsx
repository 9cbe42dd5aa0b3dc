import { Checkbox, Table } from "@medusajs/ui"
import { formatBankDate } from "../../lib/bank-date"
import { formatMoney } from "../../lib/format-money"
import { LineActions } from "./line-actions"
import { LineStatusBadge } from "./line-status"
import { FITTING_CELLS } from "./table-fit"
import type { AdminBankTransaction, AdminSetBankTransactionStatus } from "../../../types/http"

type Props = {
  lines: AdminBankTransaction[]
  selected: Set<string>
  onSelect: (ids: string[], selected: boolean) => void
  busy: boolean
  onStatus: (lines: AdminBankTransaction[], status: AdminSetBankTransactionStatus["status"]) => void
  onDelete: (lines: AdminBankTransaction[]) => void
}

/** How a line is named to assistive technology and in its menus: "line Jan 5, 2026 PAYROLL". */
export function lineLabel(line: AdminBankTransaction) {
  return `line ${formatBankDate(line.date)} ${line.description}`
}

/** Detailed View: one page of lines, each with its status, a checkbox and a menu. */
export function LinesTable({ lines, selected, onSelect, busy, onStatus, onDelete }: Props) {
  const chosen = lines.filter((line) => selected.has(line.id)).length
  const all = lines.length > 0 && chosen === lines.length

  return (
    // The description takes what the other columns leave: from 1280 px their headings keep to one line.
    <Table aria-label="Bank lines" className={`${FITTING_CELLS} xl:[&_th]:whitespace-nowrap`}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell className="w-px">
            <Checkbox
              aria-label="Select all lines on this page"
              checked={all ? true : chosen > 0 ? "indeterminate" : false}
              onCheckedChange={(checked) =>
                onSelect(
                  lines.map((line) => line.id),
                  checked === true
                )
              }
            />
          </Table.HeaderCell>
          <Table.HeaderCell>Date</Table.HeaderCell>
          <Table.HeaderCell>Description</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Debit</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Credit</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Running balance</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="w-px">
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lines.map((line) => {
          const label = lineLabel(line)
          const money = (amount: string | null) => (amount === null ? "" : formatMoney(amount, line.currency_code))
          const isSelected = selected.has(line.id)
          return (
            <Table.Row
              key={line.id}
              data-testid="line-row"
              data-line-id={line.id}
              aria-selected={isSelected}
              className={isSelected ? "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover [&_td]:py-2" : "[&_td]:py-2"}
            >
              <Table.Cell>
                <Checkbox
                  aria-label={`Select ${label}`}
                  checked={isSelected}
                  onCheckedChange={(checked) => onSelect([line.id], checked === true)}
                />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap tabular-nums" data-testid="line-date">
                {formatBankDate(line.date)}
              </Table.Cell>
              {/* Takes the room the other columns leave, and cuts what does not fit (the whole text on hover). */}
              <Table.Cell className="w-full max-w-0 truncate" title={line.description} data-testid="line-description">
                {line.description}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right tabular-nums" data-testid="line-debit">
                {money(line.debit)}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right tabular-nums" data-testid="line-credit">
                {money(line.credit)}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right tabular-nums" data-testid="line-balance">
                {money(line.running_balance)}
              </Table.Cell>
              <Table.Cell>
                <LineStatusBadge line={line} />
              </Table.Cell>
              <Table.Cell>
                <LineActions line={line} label={label} busy={busy} onStatus={onStatus} onDelete={onDelete} />
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

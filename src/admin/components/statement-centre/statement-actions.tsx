import { ArrowDownTray, EllipsisHorizontal, ListBullet, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { downloads, useDeleteStatement } from "../../hooks/api/statement-centre"
import { formatBankPeriod } from "../../lib/bank-date"
import { plural } from "./labels"
import { useConfirmedDelete } from "./use-confirmed-delete"
import { useDownload } from "./use-download"
import type { AdminBankStatement } from "../../../types/http"

type Props = { statement: AdminBankStatement; onShowLines: (statement: AdminBankStatement) => void }

/** A statement's menu: its lines in the Detailed View, its CSV or OFX file, or deleting it. */
export function StatementActions({ statement, onShowLines }: Props) {
  const period = formatBankPeriod(statement.period_start, statement.period_end)
  const download = useDownload()
  const remove = useDeleteStatement()
  const confirmDelete = useConfirmedDelete()

  const onDelete = () =>
    confirmDelete({
      what: `the statement ${period}`,
      lines: statement.transaction_count,
      reconciled: statement.reconciled_count,
      run: (confirm_reconciled) => remove.mutateAsync({ id: statement.id, confirm_reconciled }),
      done: `Statement ${period} deleted (${plural(statement.transaction_count, "line")})`,
    })

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for statement ${period}`}
          disabled={remove.isPending || download.busy !== null}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item className="gap-x-2" onClick={() => onShowLines(statement)}>
          <ListBullet className="text-ui-fg-subtle" />
          Show lines
        </DropdownMenu.Item>
        <DropdownMenu.Item className="gap-x-2" onClick={() => download.start(downloads.statement(statement.id), "csv")}>
          <ArrowDownTray className="text-ui-fg-subtle" />
          Download CSV
        </DropdownMenu.Item>
        <DropdownMenu.Item className="gap-x-2" onClick={() => download.start(downloads.statement(statement.id), "ofx")}>
          <ArrowDownTray className="text-ui-fg-subtle" />
          Download OFX
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={onDelete}>
          <Trash className="text-ui-fg-subtle" />
          Delete
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

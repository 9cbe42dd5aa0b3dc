import { ArrowUturnLeft, CheckCircle, EllipsisHorizontal, Trash, XCircle } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { AdminBankTransaction, AdminSetBankTransactionStatus } from "../../../types/http"

type Props = {
  line: AdminBankTransaction
  label: string
  busy: boolean
  onStatus: (lines: AdminBankTransaction[], status: AdminSetBankTransactionStatus["status"]) => void
  onDelete: (lines: AdminBankTransaction[]) => void
}

/** One line's menu: reconcile, exclude, undo either, delete. */
export function LineActions({ line, label, busy, onStatus, onDelete }: Props) {
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={`Actions for ${label}`} disabled={busy}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {line.status !== "reconciled" && (
          <DropdownMenu.Item className="gap-x-2" onClick={() => onStatus([line], "reconciled")}>
            <CheckCircle className="text-ui-fg-subtle" />
            Reconcile
          </DropdownMenu.Item>
        )}
        {line.status !== "excluded" && (
          <DropdownMenu.Item className="gap-x-2" onClick={() => onStatus([line], "excluded")}>
            <XCircle className="text-ui-fg-subtle" />
            Exclude
          </DropdownMenu.Item>
        )}
        {line.status !== "unreconciled" && (
          <DropdownMenu.Item className="gap-x-2" onClick={() => onStatus([line], "unreconciled")}>
            <ArrowUturnLeft className="text-ui-fg-subtle" />
            Undo
          </DropdownMenu.Item>
        )}
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={() => onDelete([line])}>
          <Trash className="text-ui-fg-subtle" />
          Delete
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

import { ArrowUturnLeft, CheckCircle, Trash, XCircle } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { plural } from "./labels"
import type { AdminBankTransaction, AdminSetBankTransactionStatus } from "../../../types/http"

type Props = {
  lines: AdminBankTransaction[]
  busy: boolean
  onStatus: (lines: AdminBankTransaction[], status: AdminSetBankTransactionStatus["status"]) => void
  onDelete: (lines: AdminBankTransaction[]) => void
  onClear: () => void
}

/** What can be done to the selected lines; the buttons wait until a line is selected. */
export function SelectionToolbar({ lines, busy, onStatus, onDelete, onClear }: Props) {
  const none = lines.length === 0
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Selected lines">
      <Text size="small" className="min-w-[6rem] text-ui-fg-subtle" data-testid="selection-count" aria-live="polite">
        {none ? "No line selected" : `${plural(lines.length, "line")} selected`}
      </Text>
      <Button size="small" variant="secondary" disabled={none || busy} onClick={() => onStatus(lines, "reconciled")}>
        <CheckCircle />
        Reconcile
      </Button>
      <Button size="small" variant="secondary" disabled={none || busy} onClick={() => onStatus(lines, "excluded")}>
        <XCircle />
        Exclude
      </Button>
      <Button
        size="small"
        variant="secondary"
        disabled={none || busy || lines.every((line) => line.status === "unreconciled")}
        onClick={() => onStatus(lines, "unreconciled")}
      >
        <ArrowUturnLeft />
        Undo
      </Button>
      <Button size="small" variant="secondary" disabled={none || busy} onClick={() => onDelete(lines)}>
        <Trash />
        Delete
      </Button>
      {!none && (
        <Button size="small" variant="transparent" onClick={onClear}>
          Clear selection
        </Button>
      )}
    </div>
  )
}

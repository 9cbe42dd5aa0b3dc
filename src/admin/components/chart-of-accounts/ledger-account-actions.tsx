import { ArchiveBox, ArrowUturnLeft, EllipsisHorizontal, PencilSquare } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { useArchiveLedgerAccount } from "../../hooks/api/ledger-accounts"
import { merchantMessage } from "../../lib/merchant-message"
import type { AdminLedgerAccount } from "../../../types/http"

type Props = { account: AdminLedgerAccount; onEdit: (account: AdminLedgerAccount) => void }

/** A row's menu: edit, archive (after a confirmation) or unarchive. */
export function LedgerAccountActions({ account, onEdit }: Props) {
  const prompt = usePrompt()
  const archive = useArchiveLedgerAccount()
  const label = `${account.code} ${account.name}`
  const archived = Boolean(account.archived_at)

  const toggleArchived = async () => {
    if (!archived) {
      const confirmed = await prompt({
        title: `Archive ${label}?`,
        description:
          "It leaves the chart of accounts and can no longer receive a new bank feed. Its history stays, and you can unarchive it at any time.",
        confirmText: "Archive",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    archive.mutate(
      { id: account.id, archived: !archived },
      {
        onSuccess: () => toast.success(archived ? `${label} is back in the chart` : `${label} archived`),
        onError: (error) =>
          toast.error(archived ? `Could not unarchive ${label}` : `Could not archive ${label}`, {
            description: merchantMessage(error),
          }),
      }
    )
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={`Actions for ${label}`} disabled={archive.isPending}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item className="gap-x-2" onClick={() => onEdit(account)}>
          <PencilSquare className="text-ui-fg-subtle" />
          Edit
        </DropdownMenu.Item>
        <DropdownMenu.Item className="gap-x-2" onClick={toggleArchived}>
          {archived ? <ArrowUturnLeft className="text-ui-fg-subtle" /> : <ArchiveBox className="text-ui-fg-subtle" />}
          {archived ? "Unarchive" : "Archive"}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

import { ArrowPath } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useRefreshBankFeed, useUnlinkBankFeed } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import type { AdminBankFeed, AdminSyncRun } from "../../../types/http"

type Props = {
  feed: AdminBankFeed
  /** An import of this feed is in progress: Refresh would only join it. */
  importing: boolean
  /** Refresh started an import (or joined the one running): the row follows it. */
  onStarted: (run: AdminSyncRun) => void
}

/** A linked feed's row actions: import what is new now, or stop the feed (after a confirmation). */
export function FeedActions({ feed, importing, onStarted }: Props) {
  const prompt = usePrompt()
  const refresh = useRefreshBankFeed()
  const unlink = useUnlinkBankFeed()
  const title = feed.bank_account.title
  const busy = refresh.isPending || importing || unlink.isPending

  const onRefresh = () =>
    refresh.mutate(feed.id, {
      onSuccess: ({ sync_run }) => onStarted(sync_run),
      onError: (error) => toast.error(`Could not refresh ${title}`, { description: merchantMessage(error) }),
    })

  const onUnlink = async () => {
    const confirmed = await prompt({
      title: `Unlink ${title}?`,
      description: `Its transactions stop importing into ${feed.ledger_account.code} ${feed.ledger_account.name}. The ${feed.line_count} lines already imported stay, and you can link the account again later.`,
      confirmText: "Unlink",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    // Awaited rather than given callbacks: this row is gone once the refreshed list arrives, and
    // react-query skips the callbacks of a component that is no longer there.
    await unlink.mutateAsync(feed.id).then(
      () => toast.success(`${title} unlinked`),
      (error) => toast.error(`Could not unlink ${title}`, { description: merchantMessage(error) })
    )
  }

  return (
    // Stacked on narrower screens, where the row's other cells need the width more.
    <div className="flex flex-col items-end gap-y-1 xl:flex-row xl:items-center xl:justify-end xl:gap-x-2">
      {/* Only the click's own wait spins the button: the Status cell says where the import is. */}
      <Button size="small" variant="secondary" onClick={onRefresh} isLoading={refresh.isPending} disabled={busy}>
        <ArrowPath />
        Refresh
      </Button>
      <Button size="small" variant="secondary" onClick={onUnlink} isLoading={unlink.isPending} disabled={busy}>
        Unlink
      </Button>
    </div>
  )
}

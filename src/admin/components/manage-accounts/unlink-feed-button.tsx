import { Button, toast, usePrompt } from "@medusajs/ui"
import { useUnlinkBankFeed } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import type { AdminBankConnectionAccount, AdminLinkedFeedSummary } from "../../../types/http"

type Props = { account: AdminBankConnectionAccount; feed: AdminLinkedFeedSummary }

/** Stops the account's feed (after a confirmation); the lines it imported stay. */
export function UnlinkFeedButton({ account, feed }: Props) {
  const prompt = usePrompt()
  const unlink = useUnlinkBankFeed()
  const ledger = `${feed.ledger_account.code} ${feed.ledger_account.name}`

  const onUnlink = async () => {
    const confirmed = await prompt({
      title: `Unlink ${account.title}?`,
      description: `Its transactions stop importing into ${ledger}. The lines already imported stay, and you can link the account again in Link Bank Feeds.`,
      confirmText: "Unlink",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    // Awaited rather than given callbacks: this button is gone once the refreshed list shows no
    // feed, and react-query skips the callbacks of a component that is no longer there.
    await unlink.mutateAsync(feed.id).then(
      () => toast.success(`${account.title} unlinked`),
      (error) => toast.error(`Could not unlink ${account.title}`, { description: merchantMessage(error) })
    )
  }

  return (
    <Button size="small" variant="secondary" onClick={onUnlink} isLoading={unlink.isPending}>
      Unlink
    </Button>
  )
}

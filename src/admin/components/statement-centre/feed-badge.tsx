import { StatusBadge } from "@medusajs/ui"
import { CentreFeed } from "../../hooks/api/statement-centre"
import { lastSyncWords } from "../../lib/last-sync-words"

/** A feed's state in one badge: linked and importing well, last import failed, unlinked, removed. */
export function FeedBadge({ feed }: { feed: CentreFeed }) {
  if (feed.bank_account.removed) return <StatusBadge color="grey">Connection deleted</StatusBadge>
  if (feed.status !== "linked") return <StatusBadge color="grey">Unlinked</StatusBadge>
  const words = lastSyncWords(feed.last_sync)
  return <StatusBadge color={words.color}>{words.label}</StatusBadge>
}

import { StatusBadge } from "@medusajs/ui"
import { lastSyncWords } from "../../lib/last-sync-words"
import type { AdminBankFeed } from "../../../types/http"

/** A feed's state in one badge: linked and importing well, last import failed, unlinked, removed. */
export function FeedBadge({ feed }: { feed: AdminBankFeed }) {
  if (feed.bank_account.removed) return <StatusBadge color="grey">Connection deleted</StatusBadge>
  if (feed.status !== "linked") return <StatusBadge color="grey">Unlinked</StatusBadge>
  const words = lastSyncWords(feed.last_sync)
  return <StatusBadge color={words.color}>{words.label}</StatusBadge>
}

import { StatusBadge } from "@medusajs/ui"
import { CentreFeed } from "../../hooks/api/statement-centre"

/** A feed's state in one badge: linked and importing well, last import failed, unlinked, removed. */
export function FeedBadge({ feed }: { feed: CentreFeed }) {
  if (feed.bank_account.removed) return <StatusBadge color="grey">Connection deleted</StatusBadge>
  if (feed.status !== "linked") return <StatusBadge color="grey">Unlinked</StatusBadge>
  const sync = feed.last_sync
  if (sync?.status === "running") return <StatusBadge color="blue">Importing</StatusBadge>
  if (sync?.status === "failed") return <StatusBadge color="red">Last import failed</StatusBadge>
  if (sync?.status === "partial") return <StatusBadge color="orange">Last import incomplete</StatusBadge>
  return <StatusBadge color="green">Linked</StatusBadge>
}

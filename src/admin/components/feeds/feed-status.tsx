import { StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { BankFeed } from "../../hooks/api/feeds"

/**
 * A linked feed is green while its imports go through. The last import is its connection's: when
 * it failed, the badge turns red and the reason shows beside it.
 */
export function FeedStatus({ feed }: { feed: BankFeed }) {
  const sync = feed.last_sync
  if (feed.status !== "linked") return <StatusBadge color="grey">Unlinked</StatusBadge>
  if (sync?.status === "running") return <StatusBadge color="blue">Importing</StatusBadge>
  if (sync?.status === "failed" || sync?.status === "partial") {
    const label = sync.status === "failed" ? "Last import failed" : "Last import incomplete"
    const reason = sync.error_message ?? "No reason was given."
    return (
      <div className="flex flex-col items-start gap-y-1">
        <Tooltip content={reason} maxWidth={320}>
          <StatusBadge color={sync.status === "failed" ? "red" : "orange"}>{label}</StatusBadge>
        </Tooltip>
        <Text size="xsmall" className="max-w-[240px] whitespace-normal text-ui-fg-subtle">
          {reason}
        </Text>
      </div>
    )
  }
  return <StatusBadge color="green">Linked</StatusBadge>
}

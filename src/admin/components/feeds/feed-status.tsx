import { StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { lastSyncWords } from "../../lib/last-sync-words"
import { SyncRunProgress } from "../sync-run/sync-run-progress"
import type { AdminBankFeed, AdminSyncRun } from "../../../types/http"

type Props = {
  feed: AdminBankFeed
  /** The import this row follows while it runs (its first answer may still be on the way). */
  run?: { run: AdminSyncRun | undefined; answeredAt: number } | null
  /** How the import this row followed ended, in words. */
  outcome?: { ok: boolean; message: string } | null
}

/**
 * A linked feed is green while its imports go through, blue with where the import is while one
 * runs, then says what the import it followed brought. The last import is its connection's: when
 * it failed, the badge turns red and the reason shows beside it.
 */
export function FeedStatus({ feed, run, outcome }: Props) {
  const sync = feed.last_sync
  if (feed.status !== "linked") return <StatusBadge color="grey">Unlinked</StatusBadge>
  if (run || sync?.in_progress) {
    return (
      <div className="flex flex-col items-start gap-y-1">
        <StatusBadge color="blue">Importing</StatusBadge>
        {run && (
          <SyncRunProgress
            run={run.run}
            answeredAt={run.answeredAt}
            institution={feed.bank_account.connection_name}
            size="xsmall"
            className="max-w-[220px] whitespace-normal"
            testId="feed-run-progress"
          />
        )}
      </div>
    )
  }
  const words = lastSyncWords(sync)
  const failed = words.color !== "green"
  const reason = sync?.error_message ?? "No reason was given."
  const badge = <StatusBadge color={words.color}>{words.label}</StatusBadge>
  return (
    <div className="flex flex-col items-start gap-y-1">
      {failed ? (
        <Tooltip content={reason} maxWidth={320}>
          {badge}
        </Tooltip>
      ) : (
        badge
      )}
      {outcome ? (
        <Text
          size="xsmall"
          className="max-w-[260px] whitespace-normal text-ui-fg-subtle"
          data-testid="feed-run-outcome"
        >
          {outcome.message}
        </Text>
      ) : (
        failed && (
          <Text size="xsmall" className="max-w-[260px] whitespace-normal text-ui-fg-subtle">
            {reason}
          </Text>
        )
      )}
    </div>
  )
}

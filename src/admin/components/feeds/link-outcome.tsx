import { Alert, Text } from "@medusajs/ui"
import { useSyncRun } from "../../hooks/api/sync-runs"
import { feedRunOutcome } from "../../lib/sync-run-words"
import { linkOutcome } from "./labels"

type Props = { feedId: string; runId: string | null; syncError: string | null; notice: string | null }

const IMPORTING =
  "Linked. The first import runs in the background: its progress shows in the list below, and it goes on if you leave this page."

/**
 * What Link Bank Feed did: linked, with its first import going on in the background (its progress
 * shows in the feed's row), then how that import ended; or linked, but the import could not start.
 */
export function LinkOutcome({ feedId, runId, syncError, notice }: Props) {
  const run = useSyncRun(runId).data
  const ended = run && !run.in_progress ? linkOutcome(feedRunOutcome(run, feedId)) : null
  const message = syncError ?? ended?.message ?? IMPORTING
  const variant = syncError ? "warning" : !ended ? "info" : ended.ok ? "success" : "warning"
  return (
    <Alert
      variant={variant}
      role="status"
      dismissible
      data-testid="feed-link-outcome"
      data-state={ended || syncError ? "ended" : "importing"}
    >
      <Text size="small">{message}</Text>
      {notice && <Text size="small">{notice}</Text>}
    </Alert>
  )
}

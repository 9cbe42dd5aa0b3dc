import type { AdminSyncRun, AdminSyncRunFeedOutcome } from "../../types/http"

/** One feed's share of an import, as the screens put it in words (the old synchronous `sync`). */
export type FeedRunOutcome = Omit<AdminSyncRunFeedOutcome, "feed_id">

/** What the server says of a run left behind by a process that died, before its sweep closes it. */
const STOPPED = "The import stopped before it finished; the next run picks up from what was saved."

/**
 * How the import went for this feed. Its own result when the run got that far; otherwise the run
 * failed (or was interrupted) before reaching the feed, and the run's reason stands for it.
 */
export function feedRunOutcome(
  run: Pick<AdminSyncRun, "status" | "code" | "message" | "feeds">,
  feedId: string
): FeedRunOutcome {
  const found = run.feeds.find((feed) => feed.feed_id === feedId)
  if (found) {
    const { feed_id: _feedId, ...outcome } = found
    return outcome
  }
  const none = { fetched: 0, inserted: 0, duplicates: 0, skipped: 0, possible_gaps: 0 }
  if (run.status === "succeeded") return { status: "imported", ...none, code: run.code, message: run.message }
  return { status: "failed", ...none, code: run.code ?? "interrupted", message: run.message ?? STOPPED }
}

/**
 * "Signing in to Flinks Capital…": where a run in progress is, in the merchant's words. Once the
 * bank's question is answered the run reads today's data; once declined, Flinks' older copy.
 */
export function runPhaseWords(
  run: Pick<AdminSyncRun, "kind" | "phase" | "lines_to_write"> & Partial<Pick<AdminSyncRun, "question">>,
  institution: string
): string {
  switch (run.phase) {
    case "queued":
      return "Starting…"
    case "signing_in":
      return run.question === "answered" ? "Reading the fresh data…" : `Signing in to ${institution}…`
    case "waiting_for_answer":
      return `${institution} is asking a question`
    case "waiting_for_flinks":
      if (run.question === "answered") return "Reading the fresh data…"
      if (run.question === "declined") return "Reading what Flinks already holds…"
      return "Waiting for Flinks to prepare the data…"
    case "writing":
      // lines_to_write: the lines Flinks sent for the account, before those already stored are set aside.
      return run.lines_to_write
        ? `Writing the new lines among ${run.lines_to_write.toLocaleString("en-CA")} from Flinks…`
        : "Nothing new to write; recording the import…"
    default:
      return run.kind === "mfa_check" ? `Asking ${institution}…` : `Importing from ${institution}…`
  }
}

/** "8 s", "2 min 05 s": how long a run has been going. */
export function elapsedWords(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  if (whole < 60) return `${whole} s`
  const minutes = Math.floor(whole / 60)
  return `${minutes} min ${String(whole % 60).padStart(2, "0")} s`
}

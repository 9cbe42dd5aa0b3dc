import type { AdminBankFeedLastSync } from "../../types/http"

type BadgeColor = "green" | "blue" | "orange" | "red"

/**
 * A linked feed's badge, from its last import. "Importing" only while the server says the run is
 * in progress: a run whose process died still reads "running" until the sweep closes it, and is
 * an interrupted import, not one going on.
 */
export function lastSyncWords(sync: Pick<AdminBankFeedLastSync, "status" | "in_progress"> | null): {
  label: string
  color: BadgeColor
} {
  if (!sync) return { label: "Linked", color: "green" }
  if (sync.in_progress) return { label: "Importing", color: "blue" }
  if (sync.status === "failed") return { label: "Last import failed", color: "red" }
  if (sync.status === "partial") return { label: "Last import incomplete", color: "orange" }
  if (sync.status !== "succeeded") return { label: "Last import interrupted", color: "orange" }
  return { label: "Linked", color: "green" }
}

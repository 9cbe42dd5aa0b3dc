/** Health states the Manage Added Accounts screen shows, in the merchant's words there. */
export type ConnectionHealthState =
  | "active"
  | "refreshing"
  | "mfa_required"
  | "credentials_invalid"
  | "institution_unavailable"
  | "error"

export type ConnectionHealth = { state: ConnectionHealthState; reason: string | null }

type ConnectionStatusInput = { status: string; status_reason: string | null }
type LatestRunInput = { status: string; started_at: Date | string } | null

/**
 * An import that crashed leaves its run "running" for ever; past this age it no longer counts as
 * a refresh in progress (the import lock expires then too).
 */
export const REFRESH_STALE_AFTER_MS = 30 * 60_000

/**
 * The connection's status is the truth, set by every import (a failed feed makes it "error"),
 * by an interrupted import and by reconnecting; a run still in progress shows as "refreshing".
 */
export function connectionHealth(
  connection: ConnectionStatusInput,
  latestRun: LatestRunInput,
  now: Date = new Date()
): ConnectionHealth {
  if (latestRun?.status === "running" && now.getTime() - new Date(latestRun.started_at).getTime() < REFRESH_STALE_AFTER_MS) {
    return { state: "refreshing", reason: "Importing transactions now." }
  }
  const known = (["active", "refreshing", "mfa_required", "credentials_invalid", "institution_unavailable"] as const).find(
    (state) => state === connection.status
  )
  return { state: known ?? "error", reason: known === "active" ? null : connection.status_reason }
}

import type { AdminConnectionHealth } from "../../types/http"
import { isRunAlive } from "./sync-run-liveness"

/** The health the Manage Added Accounts screen shows: the contract's shape, judged here. */
export type ConnectionHealth = AdminConnectionHealth

type ConnectionStatusInput = { status: string; status_reason: string | null }
type LatestRunInput = {
  kind?: string
  status: string
  started_at: Date | string
  heartbeat_at?: Date | string | null
} | null

const IN_PROGRESS: Record<string, string> = {
  import: "Importing transactions now.",
  mfa_check: "Asking the bank now.",
}

/**
 * The connection's status is the truth, set by every import (a failed feed makes it "error"),
 * by an interrupted import and by reconnecting; a run in progress shows as "refreshing" only while
 * its process is alive (its heartbeat), so a crash never leaves "Refreshing" behind.
 */
export function connectionHealth(
  connection: ConnectionStatusInput,
  latestRun: LatestRunInput,
  leaseSeconds: number,
  now: Date = new Date()
): ConnectionHealth {
  if (latestRun && isRunAlive(latestRun, leaseSeconds, now)) {
    return { state: "refreshing", reason: IN_PROGRESS[latestRun.kind ?? "import"] ?? IN_PROGRESS.import }
  }
  const known = (
    ["active", "refreshing", "mfa_required", "credentials_invalid", "institution_unavailable"] as const
  ).find((state) => state === connection.status)
  return { state: known ?? "error", reason: known === "active" ? null : connection.status_reason }
}

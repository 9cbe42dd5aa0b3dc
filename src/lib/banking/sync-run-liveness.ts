export const INTERRUPTED_REASON = "The import stopped before it finished; the next run picks up from what was saved."
export const NEVER_PICKED_UP_REASON =
  "No worker picked this import up. Check that a Medusa worker is running, then try again."

/** A queued run waits for a worker that may be busy with others: it gets longer than a lease. */
export const QUEUED_GRACE_MS = 15 * 60_000

type RunLife = { status: string; heartbeat_at?: Date | string | null; started_at: Date | string }

/**
 * Whether a run is in progress: queued and not forgotten, or running with its process still
 * renewing the heartbeat (every third of the lease). A process that was killed stops beating, so
 * its run stops counting as running after one lease, whatever its stored status says.
 */
export function isRunAlive(run: RunLife, leaseSeconds: number, now: Date = new Date()) {
  const silentFor = now.getTime() - new Date(run.heartbeat_at ?? run.started_at).getTime()
  if (run.status === "queued") return silentFor <= QUEUED_GRACE_MS
  if (run.status === "running") return silentFor <= leaseSeconds * 1000
  return false
}

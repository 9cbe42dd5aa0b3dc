import { useEffect, useState } from "react"
import type { AdminSyncRun } from "../../types/http"

/**
 * Seconds a run has been going: the server's count at the last answer (from its start, so a reload
 * keeps it) plus the time since that answer, ticking every second while the run is in progress.
 */
export function useRunElapsed(
  run: Pick<AdminSyncRun, "elapsed_seconds" | "in_progress"> | undefined,
  answeredAt: number
) {
  const [now, setNow] = useState(() => Date.now())
  const inProgress = Boolean(run?.in_progress)
  useEffect(() => {
    if (!inProgress) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [inProgress])
  if (!run) return 0
  if (!inProgress) return run.elapsed_seconds
  return run.elapsed_seconds + Math.max(0, Math.floor((now - answeredAt) / 1000))
}

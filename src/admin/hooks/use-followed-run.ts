import { useEffect, useRef, useState } from "react"
import { useRememberSyncRun, useSyncRun } from "./api/sync-runs"
import type { AdminSyncRun } from "../../types/http"

type Followed = { id: string; startedHere: boolean }

/**
 * The run a screen follows: one it started (`follow`), or one a list says is in progress when the
 * screen opens (`liveRunId`, from a `last_sync`), so that leaving the page and coming back picks
 * the run up again. The run is kept once it ended, for its outcome to stay on screen until
 * another starts. `onEnd` is called once per run, when this screen sees it end.
 */
export function useFollowedRun(liveRunId: string | null, onEnd?: (run: AdminSyncRun, startedHere: boolean) => void) {
  const [followed, setFollowed] = useState<Followed | null>(null)
  const remember = useRememberSyncRun()
  useEffect(() => {
    if (liveRunId)
      setFollowed((current) => (current?.id === liveRunId ? current : { id: liveRunId, startedHere: false }))
  }, [liveRunId])

  const id = followed?.id ?? liveRunId
  const query = useSyncRun(id)
  const run = query.data?.id === id ? query.data : undefined

  // The latest callback, without making the effect below run again for a new function.
  const onEndRef = useRef(onEnd)
  onEndRef.current = onEnd
  const endedRunId = run && !run.in_progress ? run.id : null
  // biome-ignore lint/correctness/useExhaustiveDependencies: the callback runs once per ended run; its latest version is read from a ref
  useEffect(() => {
    if (run && endedRunId) onEndRef.current?.(run, followed?.id === endedRunId && followed.startedHere)
  }, [endedRunId])

  return {
    run,
    /** When `run` was last answered: the elapsed time counts on from there. */
    answeredAt: query.dataUpdatedAt,
    /**
     * Following something that has not ended; its first answer may still be on the way. A run the
     * server cannot find (its connection was deleted) is not waited for.
     */
    inProgress: Boolean(id) && (run ? run.in_progress : !query.isError),
    /** `run` was started by this screen in this browser session (not found in progress). */
    startedHere: Boolean(run && followed?.id === run.id && followed.startedHere),
    /** Follow a run this screen just started, with the answer of the route that started it. */
    follow: (started: AdminSyncRun) => {
      remember(started)
      setFollowed({ id: started.id, startedHere: true })
    },
  }
}

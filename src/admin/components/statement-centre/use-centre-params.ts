import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { CentreState, readCentreState, writeCentreState } from "../../lib/statement-centre-params"

/**
 * The Statement Centre's state, read from and written to the address. A change of feed or view
 * adds a history entry (Back returns to it); typing in a filter replaces the current one.
 */
export function useCentreParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => readCentreState(params), [params])
  const update = useCallback(
    (change: (state: CentreState) => CentreState, options: { replace?: boolean } = {}) =>
      setParams((current) => writeCentreState(change(readCentreState(current))), { replace: options.replace }),
    [setParams]
  )
  return { state, update }
}

export type UpdateCentre = ReturnType<typeof useCentreParams>["update"]

import { useCallback, useLayoutEffect, useMemo, useRef } from "react"
import { useSearchParams } from "react-router-dom"
import { latestAddress, LatestAddress } from "../../lib/latest-address"
import { CentreState, readCentreState, writeCentreState } from "../../lib/statement-centre-params"

/**
 * The Statement Centre's state, read from and written to the address. A change of feed or view
 * adds a history entry (Back returns to it); typing in a filter replaces the current one. Every
 * change starts from the latest address, so two in a row keep each other.
 */
export function useCentreParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => readCentreState(params), [params])
  const address = useRef<LatestAddress | null>(null)
  address.current ??= latestAddress(params.toString())

  useLayoutEffect(() => address.current!.shown(params.toString()), [params])

  const update = useCallback(
    (change: (state: CentreState) => CentreState, options: { replace?: boolean } = {}) => {
      const latest = address.current!
      const next = writeCentreState(change(readCentreState(new URLSearchParams(latest.current))))
      if (latest.ask(next.toString())) setParams(next, { replace: options.replace })
    },
    [setParams]
  )
  return { state, update }
}

export type UpdateCentre = ReturnType<typeof useCentreParams>["update"]

import { useEffect, useRef } from "react"

/**
 * Calls `onExpired` once `expiresAt` passes (at once if it already has). An unreadable date sets
 * no timer: the server refuses an expired session anyway, this only says so sooner.
 */
export function useOnExpiry(expiresAt: string, onExpired: () => void) {
  const handler = useRef(onExpired)
  useEffect(() => {
    handler.current = onExpired
  })

  useEffect(() => {
    const remaining = new Date(expiresAt).getTime() - Date.now()
    if (Number.isNaN(remaining)) return
    const timer = setTimeout(() => handler.current(), Math.max(0, remaining))
    return () => clearTimeout(timer)
  }, [expiresAt])
}

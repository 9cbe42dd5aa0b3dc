import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Renewal = {
  /** After each renewal that landed (a run writes its heartbeat there). */
  onRenewed?: () => Promise<unknown>
  /** A renewal that failed; the next one may land, several in a row let the lock lapse. */
  onMissed?: (error: unknown) => void
}

/**
 * Keeps `key` held by `ownerId` with a TTL of `leaseSeconds`, renewed every third of it, until the
 * returned function is called. A process that dies stops renewing, so its lock lapses within a
 * lease instead of blocking the next holder for the length of the work.
 */
export function renewLockUntilStopped(
  container: MedusaContainer,
  key: string,
  ownerId: string,
  leaseSeconds: number,
  { onRenewed, onMissed }: Renewal = {}
): () => void {
  const locking = container.resolve(Modules.LOCKING)
  const renew = async () => {
    try {
      await locking.acquire(key, { ownerId, expire: leaseSeconds })
      await onRenewed?.()
    } catch (error) {
      onMissed?.(error)
    }
  }
  const timer = setInterval(renew, Math.max(1000, Math.floor((leaseSeconds * 1000) / 3)))
  timer.unref?.()
  return () => clearInterval(timer)
}

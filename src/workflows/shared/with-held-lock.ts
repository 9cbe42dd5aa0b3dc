import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { renewLockUntilStopped } from "./renew-lock"

/**
 * Runs `job` holding `key` with a short TTL renewed every third of it, so that a process killed
 * in the middle frees the key within `leaseSeconds` instead of blocking the next run for the
 * length of the work. Answers `{ held: false }` at once when another holder has it.
 */
export async function withHeldLock<T>(
  container: MedusaContainer,
  key: string,
  leaseSeconds: number,
  job: () => Promise<T>
): Promise<{ held: true; result: T } | { held: false }> {
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = `${key}:${randomUUID()}`
  try {
    await locking.acquire(key, { ownerId, expire: leaseSeconds })
  } catch {
    return { held: false }
  }
  const stopRenewing = renewLockUntilStopped(container, key, ownerId, leaseSeconds)
  try {
    return { held: true, result: await job() }
  } finally {
    stopRenewing()
    await locking.release(key, { ownerId })
  }
}

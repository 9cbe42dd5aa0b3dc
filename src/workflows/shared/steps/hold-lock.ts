import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"

export type HoldLockInput = {
  key: string
  /** How long to wait for the holder to let go, in seconds; 0 refuses at once. */
  wait_seconds: number
  /** How long the lock lives if this process dies holding it, in seconds. */
  ttl_seconds: number
  /** What the merchant reads when someone else still holds the key after the wait. */
  busy_message: string
}

export type HeldLock = { key: string; owner_id: string }

const RETRY_EVERY_MS = 300

/**
 * Takes `key` for the rest of the workflow, or refuses with `busy_message` (a MedusaError, so a
 * route answers it as it is). Every locking provider words "someone else holds it" its own way
 * (the in-memory one throws a plain Error, Redis a CONFLICT, PostgreSQL another sentence), so any
 * refusal still standing when the wait is over counts as busy. Release it with
 * `releaseLockStep({ key, ownerId })`; undone by releasing it, only if this run still holds it.
 *
 * @example holdLockStep({ key: "banking:import:bconn_01...", wait_seconds: 0, ttl_seconds: 120, busy_message: "..." })
 */
export const holdLockStep = createStep(
  "banking-hold-lock",
  async (input: HoldLockInput, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const held: HeldLock = { key: input.key, owner_id: `${input.key}:${randomUUID()}` }
    const giveUpAt = Date.now() + input.wait_seconds * 1000
    for (;;) {
      try {
        await locking.acquire(held.key, { ownerId: held.owner_id, expire: input.ttl_seconds })
        return new StepResponse(held, held)
      } catch {
        if (Date.now() >= giveUpAt) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, input.busy_message)
      }
      await sleep(RETRY_EVERY_MS)
    }
  },
  async (held, { container }) => {
    if (!held) return
    await container.resolve(Modules.LOCKING).release(held.key, { ownerId: held.owner_id })
  }
)

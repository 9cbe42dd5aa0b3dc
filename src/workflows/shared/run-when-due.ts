import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cronMatches } from "../../lib/cron/cron-matches"
import { withHeldLock } from "./with-held-lock"

/** What one tick of a scheduled job did: nothing (not due, or the previous tick still runs), or the job's result. */
export type WhenDue<T> = { ran: false; reason: "not_due" | "already_running" } | { ran: true; result: T }

export type RunWhenDueInput = {
  /** The merchant's cron expression (UTC). */
  schedule: string
  now: Date
  /** Run even when the schedule is not due (tests). */
  force: boolean
  /** Held for the whole tick, so ticks never overlap, even across processes. */
  lockKey: string
  /** The lock's lease (`sync.leaseSeconds`): a tick killed mid-way frees the key within it. */
  leaseSeconds: number
  /** How the log names the job when a tick is skipped ("scheduled import"). */
  what: string
}

/**
 * One minute's tick of a scheduled job. Medusa ticks the jobs every minute (their schedule is
 * fixed before plugin options are known), so each tick first asks whether the merchant's schedule
 * is due, then runs `job` under `lockKey` so that a slow tick and the next one never run together.
 */
export async function runWhenDue<T>(
  container: MedusaContainer,
  input: RunWhenDueInput,
  job: () => Promise<T>
): Promise<WhenDue<T>> {
  if (!input.force && !cronMatches(input.schedule, input.now)) {
    return { ran: false, reason: "not_due" }
  }
  const tick = await withHeldLock(container, input.lockKey, input.leaseSeconds, job)
  if (!tick.held) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Banking: the previous ${input.what} is still running; this tick is skipped.`)
    return { ran: false, reason: "already_running" }
  }
  return { ran: true, result: tick.result }
}

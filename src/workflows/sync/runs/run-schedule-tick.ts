import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService, SyncRunKind } from "../../../types"
import { withConcurrency } from "../../shared/with-concurrency"
import { runWhenDue } from "../../shared/run-when-due"
import { runQueuedHere } from "./run-queued-here"

/** What one tick of a scheduled job did: nothing (not due, or the previous tick still runs), or each connection's outcome. */
export type ScheduledTick =
  | { ran: false; reason: "not_due" | "already_running"; outcomes?: undefined }
  | { ran: true; outcomes: Record<string, string> }

export type ScheduleTickInput = {
  schedule: string
  /** Held for the whole tick, so ticks never overlap. */
  lockKey: string
  kind: SyncRunKind
  /** How the log names it when a tick is skipped ("scheduled import"). */
  what: string
  now: Date
  /** Run even when the schedule is not due (tests). */
  force: boolean
}

/**
 * One minute's tick of a scheduled job: when `schedule` is due, a run of `kind` for every
 * connection with a linked feed, `sync.concurrency` at a time. A tick that finds the previous one
 * still running skips; a connection busy with a merchant's run is skipped too.
 */
export async function runScheduleTick(container: MedusaContainer, input: ScheduleTickInput): Promise<ScheduledTick> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const { concurrency, leaseSeconds } = banking.syncOptions()
  const tick = await runWhenDue(container, { ...input, leaseSeconds }, async () => {
    const feeds = await banking.listBankFeeds({ status: "linked" }, { relations: ["bank_account"] })
    const connectionIds = [...new Set(feeds.map((feed) => feed.bank_account.connection_id))]
    const outcomes: Record<string, string> = {}
    await withConcurrency(connectionIds, concurrency, async (connectionId) => {
      outcomes[connectionId] = await runQueuedHere(container, {
        connection_id: connectionId,
        kind: input.kind,
        trigger: "schedule",
      })
    })
    return outcomes
  })
  return tick.ran ? { ran: true, outcomes: tick.result } : tick
}

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cronMatches } from "../../lib/cron/cron-matches"
import { BANKING_MODULE } from "../../modules/banking"
import BankingModuleService from "../../modules/banking/service"
import { withConcurrency } from "../shared/with-concurrency"
import { ScheduledTick } from "../shared/scheduled-tick"
import { withHeldLock } from "../shared/with-held-lock"
import { runQueuedHere } from "./runs/run-queued-here"

const SCHEDULER_LOCK = "banking:scheduled-import"

/**
 * The scheduled import: when the merchant's schedule is due, imports every connection that has a
 * linked feed, `sync.concurrency` at a time. A tick that finds the previous one still running
 * skips, so runs never overlap; a connection busy with a manual refresh is skipped too.
 */
export async function runScheduledImports(container: MedusaContainer, now = new Date(), force = false): Promise<ScheduledTick> {
  const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { schedule, concurrency } = banking.syncOptions()
  if (!force && !cronMatches(schedule, now)) {
    return { ran: false as const, reason: "not_due" as const }
  }

  const outcome = await withHeldLock(container, SCHEDULER_LOCK, banking.syncOptions().leaseSeconds, async () => {
    const feeds = await banking.listBankFeeds({ status: "linked" }, { relations: ["bank_account"] })
    const connectionIds = [...new Set(feeds.map((feed) => feed.bank_account.connection_id))]
    const outcomes: Record<string, string> = {}
    await withConcurrency(connectionIds, concurrency, async (connectionId) => {
      outcomes[connectionId] = await runQueuedHere(container, { connection_id: connectionId, kind: "import", trigger: "schedule" })
    })
    return { ran: true as const, outcomes }
  })
  if (!outcome.held) {
    logger.info("Banking: the previous scheduled import is still running; this tick is skipped.")
    return { ran: false as const, reason: "already_running" as const }
  }
  return outcome.result
}

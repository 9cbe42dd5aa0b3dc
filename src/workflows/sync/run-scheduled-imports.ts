import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cronMatches } from "../../lib/cron/cron-matches"
import { BANKING_MODULE } from "../../modules/banking"
import BankingModuleService from "../../modules/banking/service"
import { withConcurrency } from "../shared/with-concurrency"
import { runQueuedHere } from "./runs/run-queued-here"

const SCHEDULER_LOCK = "banking:scheduled-import"

/**
 * The scheduled import: when the merchant's schedule is due, imports every connection that has a
 * linked feed, `sync.concurrency` at a time. A tick that finds the previous one still running
 * skips, so runs never overlap; a connection busy with a manual refresh is skipped too.
 */
export async function runScheduledImports(container: MedusaContainer, now = new Date(), force = false) {
  const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { schedule, concurrency } = banking.syncOptions()
  if (!force && !cronMatches(schedule, now)) {
    return { ran: false as const, reason: "not_due" as const }
  }

  const locking = container.resolve(Modules.LOCKING)
  try {
    await locking.acquire(SCHEDULER_LOCK, { expire: 60 * 60 })
  } catch {
    logger.info("Banking: the previous scheduled import is still running; this tick is skipped.")
    return { ran: false as const, reason: "already_running" as const }
  }

  try {
    const feeds = await banking.listBankFeeds({ status: "linked" }, { relations: ["bank_account"] })
    const connectionIds = [...new Set(feeds.map((feed) => feed.bank_account.connection_id))]
    const outcomes: Record<string, string> = {}
    await withConcurrency(connectionIds, concurrency, async (connectionId) => {
      outcomes[connectionId] = await runQueuedHere(container, { connection_id: connectionId, kind: "import", trigger: "schedule" })
    })
    return { ran: true as const, outcomes }
  } finally {
    await locking.release(SCHEDULER_LOCK)
  }
}

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cronMatches } from "../../lib/cron/cron-matches"
import { BANKING_MODULE } from "../../modules/banking"
import BankingModuleService from "../../modules/banking/service"
import { withConcurrency } from "../shared/with-concurrency"
import { ScheduledTick } from "../shared/scheduled-tick"
import { withHeldLock } from "../shared/with-held-lock"
import { runQueuedHere } from "../sync/runs/run-queued-here"

const DETECTION_LOCK = "banking:mfa-detection"

/**
 * The background MFA check: when the `mfa.schedule` option is due, each connection with a linked
 * feed gets a live refresh (`sync.concurrency` at a time). Never overlaps itself; a connection that
 * is importing right now is checked at the next run.
 */
export async function runMfaDetection(container: MedusaContainer, now = new Date(), force = false): Promise<ScheduledTick> {
  const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!force && !cronMatches(banking.mfaOptions().schedule, now)) {
    return { ran: false as const, reason: "not_due" as const }
  }
  const outcome = await withHeldLock(container, DETECTION_LOCK, banking.syncOptions().leaseSeconds, async () => {
    const feeds = await banking.listBankFeeds({ status: "linked" }, { relations: ["bank_account"] })
    const connectionIds = [...new Set(feeds.map((feed) => feed.bank_account.connection_id))]
    const outcomes: Record<string, string> = {}
    await withConcurrency(connectionIds, banking.syncOptions().concurrency, async (connectionId) => {
      outcomes[connectionId] = await runQueuedHere(container, { connection_id: connectionId, kind: "mfa_check", trigger: "schedule" })
    })
    return { ran: true as const, outcomes }
  })
  if (!outcome.held) {
    logger.info("Banking: the previous MFA check is still running; this tick is skipped.")
    return { ran: false as const, reason: "already_running" as const }
  }
  return outcome.result
}

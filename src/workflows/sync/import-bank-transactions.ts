import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEvents } from "../../types/events"
import { openMfaEpisodeStep } from "../resume/steps/open-mfa-episode"
import { finishSyncRunStep } from "./steps/finish-sync-run"
import { importFeedsFromFlinksStep } from "./steps/import-feeds-from-flinks"
import { loadImportTargetsStep } from "./steps/load-import-targets"
import { startSyncRunStep, SyncTrigger } from "./steps/start-sync-run"

export type ImportBankTransactionsInput = {
  connection_id: string
  trigger: SyncTrigger
  /** Only these feeds of the connection; all linked ones when absent. */
  feed_ids?: string[]
}

/** How long one import may hold its connection's lock before another may take it. */
const LOCK_TTL_SECONDS = 30 * 60

export function importLockKey(connectionId: string) {
  return `banking:import:${connectionId}`
}

/**
 * Imports the new transactions of a connection's linked feeds: used by linking, by the schedule
 * and by Refresh Transactions. One import per connection at a time (a lock); everything it writes
 * is deduplicated, so running it again after a fault completes the work without doubling a line.
 */
export const importBankTransactionsWorkflow = createWorkflow(
  "banking-import-bank-transactions",
  (input: ImportBankTransactionsInput) => {
    const lockKey = transform({ input }, ({ input }) => importLockKey(input.connection_id))
    acquireLockStep({ key: lockKey, timeout: 0, ttl: LOCK_TTL_SECONDS })

    const targets = loadImportTargetsStep(
      transform({ input }, ({ input }) => ({ connection_id: input.connection_id, feed_ids: input.feed_ids }))
    )
    const run = startSyncRunStep(transform({ input, targets }, ({ input, targets }) => ({ targets, trigger: input.trigger })))
    const result = importFeedsFromFlinksStep(
      transform({ targets, run }, ({ targets, run }) => ({ targets, sync_run_id: run.id }))
    )
    const finished = finishSyncRunStep(
      transform({ input, run, result }, ({ input, run, result }) => ({
        sync_run_id: run.id,
        connection_id: input.connection_id,
        result,
      }))
    )

    const imported = transform({ result, run }, ({ result, run }) =>
      result.feeds
        .filter((feed) => feed.status === "imported" && feed.inserted > 0)
        .map((feed) => ({
          feed_id: feed.feed_id,
          bank_account_id: feed.bank_account_id,
          statement_id: feed.statement_id,
          sync_run_id: run.id,
          inserted: feed.inserted,
          duplicates: feed.duplicates,
        }))
    )
    const failed = transform({ result, run }, ({ result, run }) =>
      result.feeds
        .filter((feed) => feed.status === "failed")
        .map((feed) => ({ feed_id: feed.feed_id, sync_run_id: run.id, reason: feed.error_code, message: feed.error_message }))
    )
    emitEventStep({ eventName: BankingEvents.TRANSACTIONS_IMPORTED, data: imported }).config({
      name: "emit-transactions-imported",
    })
    emitEventStep({ eventName: BankingEvents.SYNC_FAILED, data: failed }).config({ name: "emit-sync-failed" })

    // An import that meets the bank's unanswered question opens the MFA episode, as the check does.
    const episode = when({ result }, ({ result }) => result.mfa_pending).then(() =>
      openMfaEpisodeStep(transform({ input }, ({ input }) => ({ connection_id: input.connection_id })))
    )
    when({ episode }, ({ episode }) => !!episode?.notify_due).then(() => {
      emitEventStep({
        eventName: BankingEvents.CONNECTION_MFA_REQUIRED,
        data: transform({ input, episode }, ({ input, episode }) => ({
          id: input.connection_id,
          mfa_request_id: episode!.mfa_request_id,
          reminder: !episode!.opened,
        })),
      }).config({ name: "emit-mfa-required" })
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ run, finished, result }, ({ run, finished, result }) => ({
      sync_run_id: run.id,
      status: finished.status,
      mfa_pending: result.mfa_pending,
      feeds: result.feeds,
    })))
  }
)

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { announceMfaEpisode } from "../mfa-episodes"
import { claimSyncRunStep, releaseSyncRunLockStep } from "../run-lease"
import { finishSyncRunStep } from "./steps/finish-sync-run"
import { importFeedsFromFlinksStep } from "./steps/import-feeds-from-flinks"
import { loadImportTargetsStep } from "./steps/load-import-targets"

export type ImportBankTransactionsInput = {
  /** A queued run of kind "import" (requestSyncRunWorkflow). */
  sync_run_id: string
}

/**
 * Imports the new transactions of a connection's linked feeds (or the run's feeds): the work of
 * a run queued by linking, by the schedule or by Refresh Transactions. One run per connection at a
 * time (its lock); everything it writes is deduplicated, so running it again after a fault
 * completes the work without doubling a line.
 */
export const importBankTransactionsWorkflow = createWorkflow(
  "banking-import-bank-transactions",
  (input: ImportBankTransactionsInput) => {
    const run = claimSyncRunStep(input)
    const targets = loadImportTargetsStep(
      transform({ run }, ({ run }) => ({ connection_id: run.connection_id, feed_ids: run.feed_ids ?? undefined }))
    )
    const result = importFeedsFromFlinksStep(
      transform({ targets, run }, ({ targets, run }) => ({
        targets,
        sync_run_id: run.id,
        sign_in: run.sign_in,
        trigger: run.trigger,
      }))
    )
    const finished = finishSyncRunStep(
      transform({ run, result }, ({ run, result }) => ({
        sync_run_id: run.id,
        connection_id: run.connection_id,
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
        .map((feed) => ({
          feed_id: feed.feed_id,
          sync_run_id: run.id,
          reason: feed.error_code,
          message: feed.error_message,
        }))
    )
    emitEventStep({
      eventName: BankingEvents.TRANSACTIONS_IMPORTED,
      data: imported satisfies BankingEventData<typeof BankingEvents.TRANSACTIONS_IMPORTED>,
    }).config({
      name: "emit-transactions-imported",
    })
    emitEventStep({
      eventName: BankingEvents.SYNC_FAILED,
      data: failed satisfies BankingEventData<typeof BankingEvents.SYNC_FAILED>,
    }).config({ name: "emit-sync-failed" })

    // An import that meets the bank's unanswered question opens the MFA episode, as the check does.
    announceMfaEpisode(
      transform({ run, result }, ({ run, result }) => ({
        connection_id: run.connection_id,
        applies: result.mfa_pending,
      }))
    )

    releaseSyncRunLockStep(transform({ run }, ({ run }) => ({ connection_id: run.connection_id, sync_run_id: run.id })))
    return new WorkflowResponse(
      transform({ run, finished, result }, ({ run, finished, result }) => ({
        sync_run_id: run.id,
        status: finished.status,
        mfa_pending: result.mfa_pending,
        feeds: result.feeds,
      }))
    )
  }
)

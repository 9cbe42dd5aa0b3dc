import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureNoLinkedFeedStep } from "./steps/ensure-no-linked-feed"
import { loadLedgerAccountStep } from "./steps/load-ledger-account"
import { setLedgerAccountArchivedStep } from "./steps/set-ledger-account-archived"

/**
 * Retires a ledger account: hidden from the chart and from new feeds, its history kept. Refused
 * while a linked bank feed posts to it.
 */
export const archiveLedgerAccountWorkflow = createWorkflow(
  "banking-archive-ledger-account",
  (input: { id: string }) => {
    const account = loadLedgerAccountStep(input)
    ensureNoLinkedFeedStep(transform({ account }, ({ account }) => ({ account, change: "archive" as const })))
    return new WorkflowResponse(
      setLedgerAccountArchivedStep(transform({ input }, ({ input }) => ({ id: input.id, archived: true })))
    )
  }
)

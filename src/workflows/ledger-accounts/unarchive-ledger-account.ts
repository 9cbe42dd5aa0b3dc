import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadLedgerAccountStep } from "./steps/load-ledger-account"
import { setLedgerAccountArchivedStep } from "./steps/set-ledger-account-archived"

/** Brings an archived ledger account back into the chart, where new feeds can pick it again. */
export const unarchiveLedgerAccountWorkflow = createWorkflow(
  "banking-unarchive-ledger-account",
  (input: { id: string }) => {
    loadLedgerAccountStep(input)
    return new WorkflowResponse(
      setLedgerAccountArchivedStep(transform({ input }, ({ input }) => ({ id: input.id, archived: false })))
    )
  }
)

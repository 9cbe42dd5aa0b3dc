import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureReconciledConfirmedStep } from "./steps/ensure-reconciled-confirmed"
import { loadLiveLinesStep } from "./steps/load-live-lines"
import { softDeleteLinesStep } from "./steps/soft-delete-lines"

export type DeleteTransactionsInput = { ids: string[]; confirm_reconciled: boolean }

/** Deletes selected lines; reconciled ones only with explicit confirmation. They never come back by import. */
export const deleteTransactionsWorkflow = createWorkflow(
  "banking-delete-transactions",
  (input: DeleteTransactionsInput) => {
    const lines = loadLiveLinesStep(transform({ input }, ({ input }) => ({ ids: input.ids })))
    ensureReconciledConfirmedStep(
      transform({ input, lines }, ({ input, lines }) => ({
        reconciled: lines.filter((line) => line.status === "reconciled").length,
        total: lines.length,
        confirmed: input.confirm_reconciled,
      }))
    )
    const deleted = softDeleteLinesStep(transform({ lines }, ({ lines }) => ({ ids: lines.map((line) => line.id) })))
    return new WorkflowResponse(deleted)
  }
)

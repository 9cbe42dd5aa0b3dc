import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureReconciledConfirmedStep } from "./steps/ensure-reconciled-confirmed"
import { loadStatementForDeleteStep, softDeleteStatementStep } from "./steps/soft-delete-statement"

export type DeleteStatementInput = { id: string; confirm_reconciled: boolean }

/** Deletes a whole statement with its lines; with reconciled lines only on explicit confirmation. */
export const deleteStatementWorkflow = createWorkflow("banking-delete-statement", (input: DeleteStatementInput) => {
  const statement = loadStatementForDeleteStep(transform({ input }, ({ input }) => ({ id: input.id })))
  ensureReconciledConfirmedStep(
    transform({ input, statement }, ({ input, statement }) => ({
      reconciled: statement.reconciled,
      total: statement.lines,
      confirmed: input.confirm_reconciled,
    }))
  )
  softDeleteStatementStep(transform({ statement }, ({ statement }) => ({ id: statement.id })))
  return new WorkflowResponse(
    transform({ statement }, ({ statement }) => ({ id: statement.id, deleted_lines: statement.lines }))
  )
})

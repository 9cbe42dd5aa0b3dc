import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerAccountStep, CreateLedgerAccountInput } from "./steps/create-ledger-account"
import { ensureCodeIsFreeStep } from "./steps/ensure-code-is-free"

export type CreateLedgerAccountWorkflowInput = CreateLedgerAccountInput

/** Adds an account to the chart of accounts, once its code is known to be free. */
export const createLedgerAccountWorkflow = createWorkflow(
  "banking-create-ledger-account",
  (input: CreateLedgerAccountWorkflowInput) => {
    ensureCodeIsFreeStep(transform({ input }, ({ input }) => ({ code: input.code })))
    return new WorkflowResponse(createLedgerAccountStep(input))
  }
)

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCodeIsFreeStep } from "./steps/ensure-code-is-free"
import { ensureNoLinkedFeedStep } from "./steps/ensure-no-linked-feed"
import { loadLedgerAccountStep } from "./steps/load-ledger-account"
import { LedgerAccountChanges, updateLedgerAccountStep } from "./steps/update-ledger-account"

export type UpdateLedgerAccountWorkflowInput = { id: string; changes: LedgerAccountChanges }

/**
 * Edits a ledger account: a new code must be free, and the currency stays while a linked bank
 * feed posts to the account.
 */
export const updateLedgerAccountWorkflow = createWorkflow(
  "banking-update-ledger-account",
  (input: UpdateLedgerAccountWorkflowInput) => {
    const account = loadLedgerAccountStep(transform({ input }, ({ input }) => ({ id: input.id })))

    when({ input, account }, ({ input, account }) => !!input.changes.code && input.changes.code !== account.code).then(
      () => {
        ensureCodeIsFreeStep(transform({ input }, ({ input }) => ({ code: input.changes.code!, except_id: input.id })))
      }
    )
    when(
      { input, account },
      ({ input, account }) => !!input.changes.currency_code && input.changes.currency_code !== account.currency_code
    ).then(() => {
      ensureNoLinkedFeedStep(transform({ account }, ({ account }) => ({ account, change: "change-currency" as const })))
    })

    return new WorkflowResponse(updateLedgerAccountStep(input))
  }
)

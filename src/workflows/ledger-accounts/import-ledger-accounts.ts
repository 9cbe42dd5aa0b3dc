import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerAccountsStep } from "./steps/create-ledger-accounts"
import { planLedgerAccountImportStep } from "./steps/plan-ledger-account-import"

export type ImportLedgerAccountsInput = { csv: string }

/**
 * Imports a chart of accounts from a CSV file (code, name, type, currency): adds every valid row
 * whose code is new, refuses the others, and reports on each row what happened and why.
 */
export const importLedgerAccountsWorkflow = createWorkflow(
  "banking-import-ledger-accounts",
  (input: ImportLedgerAccountsInput) => {
    const plan = planLedgerAccountImportStep(input)
    createLedgerAccountsStep(transform({ plan }, ({ plan }) => plan.accounts))
    return new WorkflowResponse(
      transform({ plan }, ({ plan }) => ({
        created: plan.accounts.length,
        refused: plan.rows.length - plan.accounts.length,
        rows: plan.rows,
      }))
    )
  }
)

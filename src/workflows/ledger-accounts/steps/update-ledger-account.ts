import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { LedgerAccountType } from "../ledger-account-rules"
import { codeTakenError, findCodeHolder } from "../code-taken"

export type LedgerAccountChanges = {
  code?: string
  name?: string
  type?: LedgerAccountType
  currency_code?: string
  description?: string | null
}

export type UpdateLedgerAccountInput = { id: string; changes: LedgerAccountChanges }

/**
 * Writes the merchant's edits to one ledger account. If another request took the new code since
 * it was checked, the unique index refuses and the merchant reads the same sentence as for any
 * taken code. Undone by writing back the values those fields had before.
 *
 * @example updateLedgerAccountStep({ id: "ledger_01...", changes: { name: "Bank - Main Chequing" } })
 */
export const updateLedgerAccountStep = createStep(
  "update-ledger-account",
  async (input: UpdateLedgerAccountInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const fields = Object.keys(input.changes) as (keyof LedgerAccountChanges)[]
    const [current] = await banking.listLedgerAccounts({ id: input.id }, { select: ["id", ...fields] })
    const before: { id: string } & LedgerAccountChanges = { id: current.id }
    for (const field of fields) Object.assign(before, { [field]: current[field] })
    try {
      const account = await banking.updateLedgerAccounts({ id: input.id, ...input.changes })
      return new StepResponse(account, before)
    } catch (error) {
      const code = input.changes.code
      const holder = code && (await findCodeHolder(banking, code, input.id))
      if (code && holder) throw codeTakenError(code, Boolean(holder.archived_at))
      throw error
    }
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateLedgerAccounts(before)
  }
)

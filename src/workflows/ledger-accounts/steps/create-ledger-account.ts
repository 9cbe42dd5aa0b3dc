import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { LedgerAccountType } from "../ledger-account-rules"
import { codeTakenError, findCodeHolder } from "../code-taken"

export type CreateLedgerAccountInput = {
  code: string
  name: string
  type: LedgerAccountType
  currency_code: string
  description?: string | null
}

/**
 * Adds one account to the chart. If another request took the code since it was checked, the
 * unique index refuses and the merchant reads the same sentence as for any taken code.
 * Undone by deleting the account.
 *
 * @example createLedgerAccountStep({ code: "1010", name: "Bank - Chequing CAD", type: "asset", currency_code: "CAD" })
 */
export const createLedgerAccountStep = createStep(
  "create-ledger-account",
  async (input: CreateLedgerAccountInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    try {
      const account = await banking.createLedgerAccounts({ ...input, description: input.description ?? null })
      return new StepResponse(account, account.id)
    } catch (error) {
      const holder = await findCodeHolder(banking, input.code)
      throw holder ? codeTakenError(input.code, Boolean(holder.archived_at)) : error
    }
  },
  async (accountId, { container }) => {
    if (!accountId) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).deleteLedgerAccounts(accountId)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/**
 * Deletes the lines. They stay in the table, marked deleted, so the import still recognises them
 * and never brings them back. Undone by restoring them.
 */
export const softDeleteLinesStep = createStep(
  "soft-delete-lines",
  async (input: { ids: string[] }, { container }) => {
    await container.resolve<IBankingModuleService>(BANKING_MODULE).softDeleteBankTransactions(input.ids)
    return new StepResponse({ deleted: input.ids.length }, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).restoreBankTransactions(ids)
  }
)

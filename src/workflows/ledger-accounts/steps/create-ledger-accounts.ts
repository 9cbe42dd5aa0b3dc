import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { ChartAccount } from "../csv/read-chart-of-accounts"
import { findCodeHolder } from "../code-taken"

/**
 * Adds the accounts of an import, all or none. If another request took one of the codes since the
 * file was checked, nothing is added and the merchant is asked to import again (the second report
 * will name that code). Undone by deleting every account it added.
 *
 * @example createLedgerAccountsStep([{ code: "1010", name: "Bank", type: "asset", currency_code: "CAD", description: null }])
 */
export const createLedgerAccountsStep = createStep(
  "create-ledger-accounts",
  async (accounts: ChartAccount[], { container }) => {
    if (!accounts.length) return new StepResponse([], [])
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    try {
      const created = await banking.createLedgerAccounts(accounts)
      return new StepResponse(
        created,
        created.map((account) => account.id)
      )
    } catch (error) {
      const codes = accounts.map((account) => account.code)
      if (!(await findCodeHolder(banking, codes))) throw error
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Another change to the chart of accounts took one of this file's codes while it was being imported; nothing was imported. Import the file again."
      )
    }
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).deleteLedgerAccounts(createdIds)
  }
)

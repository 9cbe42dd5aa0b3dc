import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/**
 * The ledger account a change is about, or a 404 a merchant understands. Writes nothing.
 *
 * @example const account = loadLedgerAccountStep({ id: "ledger_01..." })
 */
export const loadLedgerAccountStep = createStep("load-ledger-account", async (input: { id: string }, { container }) => {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const [account] = await banking.listLedgerAccounts({ id: input.id })
  if (!account) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This ledger account does not exist.")
  }
  return new StepResponse(account)
})

import { createStep } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { codeTakenError, findCodeHolder } from "../code-taken"

export type EnsureCodeIsFreeInput = {
  code: string
  /** The account being edited, which may keep its own code. */
  except_id?: string
}

/**
 * Refuses a code another ledger account already has, archived ones included (the code stays
 * theirs). The unique index remains the final guard against two requests at once. Writes nothing.
 *
 * @example ensureCodeIsFreeStep({ code: "1010" })
 */
export const ensureCodeIsFreeStep = createStep(
  "ensure-ledger-code-is-free",
  async (input: EnsureCodeIsFreeInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const holder = await findCodeHolder(banking, input.code, input.except_id)
    if (holder) throw codeTakenError(input.code, Boolean(holder.archived_at))
  }
)

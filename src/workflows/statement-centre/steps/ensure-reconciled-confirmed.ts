import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Reconciled lines are in the books: deleting them needs the merchant's explicit confirmation.
 * Reads only.
 */
export const ensureReconciledConfirmedStep = createStep(
  "ensure-reconciled-confirmed",
  async (input: { reconciled: number; total: number; confirmed: boolean }) => {
    if (input.reconciled > 0 && !input.confirmed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${input.reconciled} of the ${input.total} lines ${input.reconciled === 1 ? "is" : "are"} reconciled. ` +
          "Confirm that reconciled lines may be deleted too. Nothing was deleted."
      )
    }
    return new StepResponse(true)
  }
)

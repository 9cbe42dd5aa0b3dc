import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFlinksError, isOutcomeUnknown } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { toMerchantError } from "../../shared/merchant-error"

const NOTHING_DELETED = "Nothing was deleted."

/**
 * DeleteCard at Flinks: the login and everything Flinks holds for it are gone. It cannot be
 * undone, so it is the workflow's last step that can fail: when Flinks refuses, the steps before
 * it are undone and nothing is deleted here either.
 *
 * A lost answer (the connection dropped, the body came back cut) may hide a DeleteCard that did
 * run. The client asks again at once, and a login Flinks no longer knows counts as deleted, so a
 * lost answer ends here only when every retry was lost too; the merchant's next try then finds
 * the login gone and finishes.
 */
export const deleteFlinksLoginStep = createStep(
  "delete-flinks-login",
  async (input: { connection_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    try {
      // The previous step already removed the connection from view; the gateway finds it anyway.
      await banking.gateway.deleteLogin(input.connection_id)
    } catch (error) {
      // Flinks no longer knows this login (an earlier try deleted it, or its dashboard did): done.
      if (isFlinksError(error) && error.code === "invalid_credentials") {
        return new StepResponse({ already_gone: true })
      }
      if (isFlinksError(error) && error.code === "login_in_use") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Flinks is still processing this bank login, so it cannot be deleted yet. Try again in a minute. ${NOTHING_DELETED}`
        )
      }
      if (isOutcomeUnknown(error)) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "Flinks' answer did not reach us, so the bank login may already be deleted at Flinks. " +
            "The connection is still here: use Delete Account again to finish."
        )
      }
      const merchant = toMerchantError(error)
      throw new MedusaError(
        (merchant as MedusaError).type ?? MedusaError.Types.UNEXPECTED_STATE,
        `${merchant.message} ${NOTHING_DELETED}`
      )
    }
    return new StepResponse({ already_gone: false })
  }
)

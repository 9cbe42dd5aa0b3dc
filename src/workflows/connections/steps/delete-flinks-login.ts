import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFlinksError } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import BankingModuleService from "../../../modules/banking/service"
import { toMerchantError } from "../../shared/merchant-error"

const NOTHING_DELETED = "Nothing was deleted."

/**
 * DeleteCard at Flinks: the login and everything Flinks holds for it are gone. It cannot be
 * undone, so it is the workflow's last step that can fail: when Flinks refuses, the steps before
 * it are undone and nothing is deleted here either.
 */
export const deleteFlinksLoginStep = createStep(
  "delete-flinks-login",
  async (input: { connection_id: string }, { container }) => {
    const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
    // The previous step already removed the connection from view.
    const [connection] = await banking.listBankConnections(
      { id: input.connection_id },
      { select: ["provider", "login_id_encrypted"], withDeleted: true }
    )
    try {
      await banking.flinksClient(connection.provider).deleteCard(banking.decryptLoginId(connection.login_id_encrypted))
    } catch (error) {
      // Flinks no longer knows this login (deleted from its dashboard, say): what the merchant wants.
      if (isFlinksError(error) && error.code === "invalid_credentials") {
        return new StepResponse({ already_gone: true })
      }
      if (isFlinksError(error) && error.code === "login_in_use") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Flinks is still processing this bank login, so it cannot be deleted yet. Try again in a minute. ${NOTHING_DELETED}`
        )
      }
      const merchant = toMerchantError(error)
      throw new MedusaError((merchant as MedusaError).type ?? MedusaError.Types.UNEXPECTED_STATE, `${merchant.message} ${NOTHING_DELETED}`)
    }
    return new StepResponse({ already_gone: false })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { FLINKS_PRIVACY_STATEMENT } from "../../../modules/banking"

export type ValidateConnectConsentInput = { accepted: boolean; version: string }

/**
 * Refuses to start a connection unless the merchant agreed to the current Flinks Services Privacy
 * Statement. Writes nothing, so there is nothing to undo.
 */
export const validateConnectConsentStep = createStep(
  "validate-connect-consent",
  async (consent: ValidateConnectConsentInput) => {
    if (!consent.accepted) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "You must accept Flinks' Services Privacy Statement before connecting a bank."
      )
    }
    if (consent.version !== FLINKS_PRIVACY_STATEMENT.version) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Flinks' Services Privacy Statement has changed since you read it. Read it again and agree to continue."
      )
    }
  }
)

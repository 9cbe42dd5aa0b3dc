import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"

export type ValidateConnectInstitutionInput = { provider: FlinksProviderId; institution_id?: string }

/**
 * Refuses a bank the provider's list does not offer (another country's, or a made-up key): the
 * widget would otherwise open at a bank the merchant never saw listed. Writes nothing, so there is
 * nothing to undo.
 *
 * @example
 * validateConnectInstitutionStep({ provider: "flinks-ca", institution_id: "FlinksCapital" })
 */
export const validateConnectInstitutionStep = createStep(
  "validate-connect-institution",
  async (input: ValidateConnectInstitutionInput, { container }) => {
    if (input.institution_id === undefined) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const offered = banking
      .listInstitutions(input.provider)
      .some((institution) => institution.id === input.institution_id)
    if (!offered) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${banking.listProviders().find((provider) => provider.id === input.provider)!.name} does not offer this bank. Choose one from the list.`
      )
    }
  }
)

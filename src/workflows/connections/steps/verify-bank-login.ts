import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FlinksAccount, institutionDisplayName, parseLastRefresh } from "../../../lib/flinks"
import { BANKING_MODULE, SealedLogin } from "../../../modules/banking"
import { FlinksProviderId } from "../../../types"
import type { IBankingModuleService } from "../../../types"
import { toMerchantError } from "../../shared/merchant-error"

export type VerifyBankLoginInput = { provider: FlinksProviderId; login: SealedLogin }

export type VerifiedBankLogin = {
  login_id_encrypted: string
  login_id_hash: string
  login_type: "personal" | "business" | null
  provider_refreshed_at: Date | null
  institution_name: string
  institution_id: string | null
  accounts: FlinksAccount[]
}

function loginType(value: string | null | undefined): "personal" | "business" | null {
  const type = value?.toLowerCase()
  return type === "personal" || type === "business" ? type : null
}

/**
 * A LoginId from the browser is only a claim: this asks Flinks itself (a cached Authorize, which
 * does not contact the bank, then the accounts summary) before anything is stored.
 * Reads only; nothing to undo.
 */
export const verifyBankLoginStep = createStep(
  "verify-bank-login",
  async (input: VerifyBankLoginInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    try {
      const { authorization, summary } = await banking.gateway.verifyLogin(
        input.provider,
        input.login.login_id_encrypted
      )
      const login = summary.login ?? authorization.login
      const [fromSummary, fromAuthorize] = [summary.institution, authorization.institution]
      const verified: VerifiedBankLogin = {
        login_id_encrypted: input.login.login_id_encrypted,
        login_id_hash: input.login.login_id_hash,
        login_type: loginType(login?.type),
        provider_refreshed_at: parseLastRefresh(login?.lastRefresh),
        institution_name: institutionDisplayName(
          fromSummary.name,
          fromSummary.displayName,
          fromAuthorize.name,
          fromAuthorize.displayName
        ),
        institution_id: fromSummary.id ?? fromAuthorize.id,
        accounts: summary.accounts,
      }
      return new StepResponse(verified)
    } catch (error) {
      throw toMerchantError(error)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FlinksAccount, institutionDisplayName, parseLastRefresh } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"
import { toMerchantError } from "../../shared/merchant-error"

export type VerifyBankLoginInput = { provider: FlinksProviderId; login_id: string }

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
 * does not contact the bank, then the accounts summary) before anything is stored. From here on
 * the LoginId travels encrypted. Reads only; nothing to undo.
 */
export const verifyBankLoginStep = createStep(
  "verify-bank-login",
  async (input: VerifyBankLoginInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const client = banking.flinksClient(input.provider)
    try {
      const authorization = await client.authorizeCached(input.login_id)
      const summary = await client.getAccountsSummary(authorization.requestId)
      const login = summary.login ?? authorization.login
      const [fromSummary, fromAuthorize] = [summary.institution, authorization.institution]
      const verified: VerifiedBankLogin = {
        login_id_encrypted: banking.encryptLoginId(input.login_id),
        login_id_hash: banking.hashLoginId(input.login_id),
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

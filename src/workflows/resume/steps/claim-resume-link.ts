import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { hashSecretToken } from "../../../lib/banking/secret-token"

const START_AGAIN = "Start a new sign-in with Edit Credentials in Manage Added Accounts."

/**
 * Accepts an emailed resume link once: its token must match an MFA request still waiting, unused
 * and unexpired. The first admin user who opens it claims it; it then works for nobody else.
 * Undone by releasing the claim.
 */
export const claimResumeLinkStep = createStep(
  "claim-resume-link",
  async (input: { token: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [request] = await banking.listMfaRequests(
      { token_hash: hashSecretToken(input.token) },
      { select: ["id", "connection_id", "status", "used_at", "expires_at"] }
    )
    if (!request) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `This resume link is not one this store sent, or a newer email replaced it. ${START_AGAIN}`
      )
    }
    if (request.status === "resumed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This bank connection was already resumed; the link is no longer needed. ${START_AGAIN}`
      )
    }
    if (request.used_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This resume link was already used. ${START_AGAIN}`)
    }
    if (!request.expires_at || new Date(request.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This resume link has expired. ${START_AGAIN}`)
    }
    await banking.updateMfaRequests({ id: request.id, used_at: new Date() })
    return new StepResponse({ mfa_request_id: request.id, connection_id: request.connection_id }, request.id)
  },
  async (requestId, { container }) => {
    if (!requestId) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateMfaRequests({ id: requestId, used_at: null })
  }
)

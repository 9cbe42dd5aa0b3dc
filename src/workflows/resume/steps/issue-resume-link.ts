import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { newSecretToken } from "../../../lib/banking/secret-token"

/**
 * A fresh resume link for the MFA request: a random token, stored only as its hash, single use,
 * expiring after `mfa.resumeLinkTtlHours`. A reminder's link replaces the previous one. Undone by
 * restoring the previous token.
 */
export const issueResumeLinkStep = createStep(
  "issue-resume-link",
  async (input: { mfa_request_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const { adminUrl, resumeLinkTtlHours } = banking.mfaOptions()
    const [before] = await banking.listMfaRequests(
      { id: input.mfa_request_id },
      { select: ["id", "token_hash", "expires_at", "used_at"] }
    )
    const { token, hash } = newSecretToken()
    const expiresAt = new Date(Date.now() + resumeLinkTtlHours * 3_600_000)
    await banking.updateMfaRequests({
      id: input.mfa_request_id,
      token_hash: hash,
      expires_at: expiresAt,
      used_at: null,
    })
    // In the fragment: a browser never sends it to a server, so no access log, proxy or Referer
    // header ever sees the token (the Resume page reads it in the browser).
    const url = `${adminUrl.replace(/\/+$/, "")}/banking/resume#token=${encodeURIComponent(token)}`
    // Names this link without revealing it: the emails' idempotency keys use it.
    return new StepResponse({ url, expires_at: expiresAt, link_id: hash.slice(0, 16) }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateMfaRequests({
      id: before.id,
      token_hash: before.token_hash,
      expires_at: before.expires_at,
      used_at: before.used_at,
    })
  }
)

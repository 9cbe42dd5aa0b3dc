import { MedusaError } from "@medusajs/framework/utils"
import { FlinksErrorCode, isFlinksError } from "../../lib/flinks"

/**
 * What a merchant reads when Flinks or the bank refuses: a sentence with a way forward. The HTTP
 * status follows whose move it is: 400 when the merchant must act, 500 (message kept) when Flinks
 * or the bank is at fault and a later try may work.
 */
const MERCHANT_MESSAGES: Record<FlinksErrorCode, [keyof typeof MedusaError.Types, string]> = {
  mfa_required: [
    "NOT_ALLOWED",
    "Your bank is asking a security question. Answer it with Edit Credentials in Manage Added Accounts.",
  ],
  session_expired: ["NOT_ALLOWED", "The bank sign-in session has expired. Start again."],
  invalid_credentials: [
    "NOT_ALLOWED",
    "Flinks did not accept this bank login. Sign in to the bank again through Flinks Connect.",
  ],
  login_disabled: [
    "NOT_ALLOWED",
    "Your bank has disabled this login. Unlock it in your online banking, then try again.",
  ],
  bank_action_required: [
    "NOT_ALLOWED",
    "Your bank needs you to act in your online banking first (for example to accept new terms). Then try again.",
  ],
  institution_unavailable: [
    "UNEXPECTED_STATE",
    "Your bank cannot be reached through Flinks right now. Try again later.",
  ],
  retry_later: ["UNEXPECTED_STATE", "Your bank cannot be reached right now. Try again in a few minutes."],
  rate_limited: ["UNEXPECTED_STATE", "Flinks is receiving too many requests. Try again in a few minutes."],
  // Flinks allows one session per login; the other one ends by itself (8 idle minutes at most).
  login_in_use: [
    "NOT_ALLOWED",
    "Another sign-in to this bank login is still open at Flinks, which allows one at a time. It closes by itself within 8 minutes: try again then.",
  ],
  unauthorized: [
    "UNEXPECTED_STATE",
    "Flinks refused this store's credentials. Check the plugin's Flinks options (customer id, secret key, x-api-key).",
  ],
  flinks_failure: ["UNEXPECTED_STATE", "Flinks had a problem answering. Try again in a few minutes."],
  operation_timeout: [
    "UNEXPECTED_STATE",
    "Flinks is still preparing this bank's data. The import stopped waiting; try again in a few minutes.",
  ],
  configuration: ["UNEXPECTED_STATE", "The plugin's Flinks options are not valid. Check the store's configuration."],
}

export function toMerchantError(error: unknown): Error {
  if (!isFlinksError(error)) {
    return error instanceof Error ? error : new Error(String(error))
  }
  const [type, message] = MERCHANT_MESSAGES[error.code]
  return new MedusaError(MedusaError.Types[type], message, error.code)
}

import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FlinksErrorCode, isFlinksError, MfaRequiredError } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import BankingModuleService from "../../../modules/banking/service"
import { toMerchantError } from "../../shared/merchant-error"

/**
 * What the bank said to a live sign-in with the stored login:
 * - "active": it let us in without a question;
 * - "mfa": it asks a question; Connect can open at it with `request_id`;
 * - "sign_in": the saved credentials no longer work; the merchant signs in again in Connect.
 */
export type StoredLoginOutcome =
  | { outcome: "active"; request_id: string }
  | { outcome: "mfa"; request_id: string }
  | { outcome: "sign_in"; code: FlinksErrorCode; reason: string }
  /** Only with `reportFaults`: Flinks or the bank failed to answer (down, rate limited, broken). */
  | { outcome: "fault"; code: FlinksErrorCode | "unexpected"; reason: string }

/** Flinks' refusals that only new credentials typed into Connect can cure. */
const NEEDS_SIGN_IN: FlinksErrorCode[] = ["invalid_credentials", "session_expired"]

/**
 * A live Authorize with the stored LoginId: the bank is contacted, as Flinks advises for a refresh
 * a person starts. Nothing is stored here. Any other refusal (bank down, Flinks fault) is the
 * merchant-worded error, or with `reportFaults` (the bank check, which must record it) the
 * "fault" outcome.
 */
export async function authorizeStoredLogin(
  container: MedusaContainer,
  connectionId: string,
  reportFaults = false
): Promise<StoredLoginOutcome> {
  const banking = container.resolve<BankingModuleService>(BANKING_MODULE)
  const [connection] = await banking.listBankConnections({ id: connectionId }, { select: ["provider", "login_id_encrypted"] })
  const client = banking.flinksClient(connection.provider)
  try {
    const authorization = await client.authorizeLive(banking.decryptLoginId(connection.login_id_encrypted))
    return { outcome: "active", request_id: authorization.requestId }
  } catch (error) {
    if (error instanceof MfaRequiredError && error.requestId) {
      return { outcome: "mfa", request_id: error.requestId }
    }
    if (isFlinksError(error) && NEEDS_SIGN_IN.includes(error.code)) {
      const reason = "Your bank no longer accepts the saved sign-in. Use Edit Credentials to sign in again."
      return { outcome: "sign_in", code: error.code, reason }
    }
    const merchant = toMerchantError(error)
    if (reportFaults) {
      return { outcome: "fault", code: isFlinksError(error) ? error.code : "unexpected", reason: merchant.message }
    }
    throw merchant
  }
}

/** Edit Credentials and Resume: a live sign-in with the stored login; faults are the merchant's error. */
export const authorizeStoredLoginStep = createStep(
  "authorize-stored-login",
  async (input: { connection_id: string }, { container }) =>
    new StepResponse<StoredLoginOutcome>(await authorizeStoredLogin(container, input.connection_id))
)

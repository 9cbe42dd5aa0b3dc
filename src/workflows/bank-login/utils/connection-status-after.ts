import { StoredLoginOutcome } from "./authorize-stored-login"
import { SetConnectionStatusInput } from "../steps/set-connection-status"

export const MFA_REASON =
  "Your bank is asking for a verification. Use Edit Credentials, or the link in the email, to answer it."

/** Faults that mean the bank, not Flinks, could not be reached: "Bank unavailable". */
const BANK_UNAVAILABLE = ["retry_later", "institution_unavailable"]

/** What a live sign-in with the stored login says about the connection's health. */
export function connectionStatusAfter(id: string, bank: StoredLoginOutcome): SetConnectionStatusInput {
  if (bank.outcome === "active") return { id, status: "active", status_reason: null }
  if (bank.outcome === "mfa") return { id, status: "mfa_required", status_reason: MFA_REASON }
  if (bank.outcome === "fault") {
    return {
      id,
      status: BANK_UNAVAILABLE.includes(bank.code) ? "institution_unavailable" : "error",
      status_reason: bank.reason,
    }
  }
  return { id, status: "credentials_invalid", status_reason: bank.reason }
}

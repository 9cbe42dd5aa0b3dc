import { CheckConnectionResponse } from "../hooks/api/types"

/** What Check Now found, in the merchant's words; `tone` picks the toast. */
export type CheckWords = { tone: "success" | "warning" | "error"; message: string }

/**
 * The bank's answer to Check Now. `recipients` is how many MFA notification recipients are set
 * (unknown while the settings load): with none, nobody was emailed, whatever the server planned.
 */
export function checkOutcomeWords(
  answer: Pick<CheckConnectionResponse, "outcome" | "notified">,
  recipients?: number
): CheckWords {
  if (answer.outcome === "active") {
    return { tone: "success", message: "Your bank accepted the saved sign-in." }
  }
  if (answer.outcome === "sign_in") {
    return { tone: "error", message: "The saved sign-in no longer works: use Edit Credentials." }
  }
  const asks = "Your bank asks for a verification."
  if (recipients === 0) {
    return {
      tone: "warning",
      message: `${asks} No MFA notification recipients are set (Settings > Banking); answer with Edit Credentials.`,
    }
  }
  return answer.notified
    ? { tone: "warning", message: `${asks} The MFA notification recipients were emailed a link.` }
    : { tone: "warning", message: `${asks} The MFA notification recipients were already told; answer with Edit Credentials.` }
}

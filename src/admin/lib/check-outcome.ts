import type { AdminSyncRun } from "../../types/http"

/** What Check Now found, in the merchant's words; `tone` picks the notice's colour. */
export type CheckWords = { tone: "success" | "warning" | "error"; message: string }

const NOT_FINISHED = "The check stopped before your bank answered. Try again in a few minutes."

/**
 * How a Check Now run ended. The server's sentence says what the bank answered (or why it could
 * not be asked); when the bank asks a question, who was emailed is said here. `recipients` is how
 * many MFA notification recipients are set (unknown while the settings load): with none, nobody
 * was emailed, whatever the server planned.
 */
export function checkOutcomeWords(run: Pick<AdminSyncRun, "message" | "check">, recipients?: number): CheckWords {
  const check = run.check
  if (!check) return { tone: "error", message: run.message ?? NOT_FINISHED }
  if (check.outcome === "active") {
    return { tone: "success", message: run.message ?? "Your bank accepted the saved sign-in." }
  }
  if (check.outcome === "sign_in") {
    return { tone: "error", message: run.message ?? "The saved sign-in no longer works: use Edit Credentials." }
  }
  if (check.outcome === "fault") {
    return {
      tone: "error",
      message: run.message ?? "Your bank could not be asked right now. Try again in a few minutes.",
    }
  }
  const asks = "Your bank asks for a verification."
  if (recipients === 0) {
    return {
      tone: "warning",
      message: `${asks} No MFA notification recipients are set (Settings > Banking); answer with Edit Credentials.`,
    }
  }
  return check.notified
    ? { tone: "warning", message: `${asks} The MFA notification recipients were emailed a link.` }
    : {
        tone: "warning",
        message: `${asks} The MFA notification recipients were already told; answer with Edit Credentials.`,
      }
}

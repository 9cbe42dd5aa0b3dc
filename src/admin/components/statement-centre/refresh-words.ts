import type { RefreshSync } from "../../hooks/api/statement-centre"
import { plural } from "./labels"

/**
 * What a Refresh Transactions did, in words. `mfa`: the bank wants an answer first, which Edit
 * Credentials on Manage Added Accounts gives; `failed`: any other reason, as the server wrote it.
 */
export type RefreshOutcome = { kind: "imported" | "mfa" | "failed"; message: string; detail: string | null }

export function refreshOutcome(sync: RefreshSync): RefreshOutcome {
  if (sync.code === "mfa_required") {
    return {
      kind: "mfa",
      message: sync.message ?? "Your bank asks for a verification before it sends new transactions.",
      detail: null,
    }
  }
  if (sync.status === "failed") {
    return { kind: "failed", message: sync.message ?? "The import failed; no reason was given.", detail: null }
  }
  const counts = [plural(sync.inserted, "new line"), plural(sync.duplicates, "duplicate")]
  if (sync.skipped) counts.push(`${sync.skipped} skipped`)
  const detail = sync.possible_gaps
    ? `The running balance does not follow on ${plural(sync.possible_gaps, "line")}: the bank may have left a line out. Compare with your bank statement.`
    : null
  return { kind: "imported", message: counts.join(", "), detail }
}

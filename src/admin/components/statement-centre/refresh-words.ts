import type { FeedRunOutcome } from "../../lib/sync-run-words"
import { RunBankData, runBankDataSuffix, unansweredWords, wasUnanswered, WordsOptions } from "../../lib/bank-data-words"
import { plural } from "./labels"

/**
 * What a Refresh Transactions did, in words. `imported`: what came, and from bank data of when;
 * `unanswered`: the bank's question was closed or not answered in time, so Flinks' older copy was
 * imported (how old it is says whether "0 new lines" means anything); `mfa`: a run that did not
 * sign in live (the schedule's) found the bank asking, which Edit Credentials answers; `failed`:
 * any other reason, as the server wrote it.
 */
export type RefreshOutcome = {
  kind: "imported" | "unanswered" | "mfa" | "failed"
  message: string
  detail: string | null
}

export function refreshOutcome(sync: FeedRunOutcome, run?: RunBankData, options?: WordsOptions): RefreshOutcome {
  const counts = [plural(sync.inserted, "new line"), plural(sync.duplicates, "duplicate")]
  if (sync.skipped) counts.push(`${sync.skipped} skipped`)
  if (wasUnanswered(sync.code, run)) {
    return {
      kind: "unanswered",
      // Only the new lines: duplicates of an older copy say nothing here; its age is what matters.
      message: `${plural(sync.inserted, "new line")}. ${unansweredWords(run, options)}`,
      detail: "Refresh Transactions again to answer it and bring in today's lines.",
    }
  }
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
  const detail = sync.possible_gaps
    ? `The running balance does not follow on ${plural(sync.possible_gaps, "line")}: the bank may have left a line out. Compare with your bank statement.`
    : null
  const asOf = runBankDataSuffix(run, options)
  return { kind: "imported", message: [counts.join(", "), asOf].filter(Boolean).join(" · "), detail }
}

import type {
  IBankingModuleService,
  LiveImportInput,
  LiveImportOutcome,
  RecordAccountImportResult,
} from "../../../types"
import type { ImportTarget } from "../steps/load-import-targets"

export type LiveImport = {
  /** Before the answer's first lines are staged; once only, even when the answer is read again. */
  begin(): Promise<void>
  /** The account's import, written live; null when it was not begun or could not go that way. */
  settle(outcome: LiveImportOutcome | null): Promise<RecordAccountImportResult | null>
}

/**
 * A run that reads one feed writes its lines while they stream in, when the module can (the
 * account's first import): the write then overlaps the read instead of following it. A run of
 * several feeds stages them all first, since Flinks may send an account's Id after its lines.
 */
export function liveImport(
  banking: IBankingModuleService,
  feeds: ImportTarget[],
  syncRunId: string
): LiveImport | null {
  if (feeds.length !== 1) return null
  const [feed] = feeds
  let begun = false
  return {
    async begin() {
      if (begun) return
      begun = true
      await banking.beginLiveImport(accountImportInput(feed, syncRunId))
    },
    async settle(outcome) {
      return begun ? banking.settleLiveImport(syncRunId, outcome) : null
    },
  }
}

/** What the banking module is told of a feed's account import before its answer is read. */
export function accountImportInput(feed: ImportTarget, syncRunId: string): LiveImportInput {
  return {
    bank_account_id: feed.bank_account_id,
    feed_id: feed.feed_id,
    sync_run_id: syncRunId,
    currency_code: feed.currency_code,
    start_date: feed.start_date,
    high_water_date: feed.high_water_date,
  }
}

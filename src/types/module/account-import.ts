import type { BalanceGapDTO } from "./balance-gap"

/**
 * One fetched line as an import stages it, before PostgreSQL decides whether it is new. Amounts are
 * the bank's exact decimal text; the date is the bank's calendar date.
 */
export type StagedImportLine = {
  /** The id the line gets if it is written (Medusa's format: prefix and ULID). */
  id: string
  /** Where the line came in the account's part of the answer: 0, 1, 2... */
  position: number
  provider_transaction_id: string
  date: string
  description: string | null
  debit: string | null
  credit: string | null
  /** The running balance after the line. */
  balance: string | null
  /**
   * What identifies the line when its provider id changes, but for the account id, which is not
   * known while the answer streams in (see fingerprintTail). The module prefixes the account and
   * numbers repeats of one day's identical line to make the fingerprint.
   */
  fingerprint_tail: string
  /**
   * 1 for the first line with this tail, 2 for the next...: set when the importer could number them
   * as they came (each date in one run of the answer), else null and the module numbers them.
   */
  repeat_number: number | null
  /** The line as Flinks sent it, as JSON text. */
  raw: string | null
}

/** Where one account's staged lines are, and how to read them in the order they happened. */
export type StagedAccountLines = {
  sync_run_id: string
  /** The account's position in the answer's Accounts. */
  account_index: number
  /** The answer listed the account's lines newest first: its order is read backwards. */
  newest_first: boolean
  /** The earliest date among them, where the window read began (null without lines). */
  earliest_date: string | null
  /** Every line has its repeat_number. */
  numbered: boolean
  /** The dates ran one way through the answer: its order, read backwards when newest first, is the bank's. */
  ordered: boolean
}

/** One account's share of an import, as the banking service writes it. Amounts are decimal strings. */
export type RecordAccountImportInput = {
  bank_account_id: string
  feed_id: string
  sync_run_id: string
  currency_code: string
  /** The feed's start date: staged lines dated before it are not written. */
  start_date: string
  staged: StagedAccountLines
  balances: { current: string | null; available: string | null; limit: string | null } | null
  /** The feed's high-water date before this import; moved forward to the newest line written. */
  high_water_date: string | null
}

export type RecordAccountImportResult = {
  statement_id: string | null
  /** The account's lines in the answer. */
  fetched: number
  inserted: number
  /**
   * Lines from the start date on that were not written: already stored (the merchant may have
   * deleted them since), twice in the answer, or stored under another id (Flinks re-keyed them).
   */
  duplicates: number
  /** Dated before the feed's start date. */
  before_start: number
  /** Where the running balance of the lines written does not follow from the line before. */
  gaps: BalanceGapDTO[]
}

/**
 * An account's import begun before its answer is read, so that its lines are written while they
 * stream in (beginLiveImport): what recordAccountImport takes, but what only the answer tells.
 */
export type LiveImportInput = Omit<RecordAccountImportInput, "staged" | "balances">

/** What the answer told of the account, once read whole: its staged lines and its balances. */
export type LiveImportOutcome = Pick<RecordAccountImportInput, "staged" | "balances">

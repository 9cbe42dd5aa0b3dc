import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { todayIn } from "../../../lib/calendar-date"
import { FlinksAccount, isFlinksError } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import type { BalanceGapDTO, IBankingModuleService } from "../../../types"
import { accountImportInput, type LiveImport, liveImport } from "../import-plan/live-import"
import { StagingSink, stagingSink } from "../import-plan/staging-sink"
import { importStartDate } from "../import-plan/transaction-window"
import { toMerchantError } from "../../shared/merchant-error"
import { keepRunAlive, RunLease } from "../../run-lease"
import { ImportTarget, ImportTargets } from "./load-import-targets"
import { openReadSession, ReadingRun, ReadRefused } from "../utils/read-session"

export type FeedImportResult = {
  feed_id: string
  bank_account_id: string
  status: "imported" | "failed"
  statement_id: string | null
  fetched: number
  inserted: number
  duplicates: number
  skipped: number
  gaps: BalanceGapDTO[]
  error_code: string | null
  error_message: string | null
}

export type ConnectionImportResult = {
  window: { start: string | null; end: string }
  /** Set when Flinks refused the whole connection (the bank wants MFA, the login is gone...). */
  connection_error: { code: string; message: string } | null
  /**
   * The bank asked a question at the last live refresh and nobody answered: what Flinks held was
   * imported, but newer lines wait for the answer.
   */
  mfa_pending: boolean
  feeds: FeedImportResult[]
}

/** The calendar dates an import reads between: the earliest its feeds need, and today. */
type ReadWindow = { since: string; today: string }

function failedFeed(feed: ImportTarget, code: string, message: string): FeedImportResult {
  return {
    feed_id: feed.feed_id,
    bank_account_id: feed.bank_account_id,
    status: "failed",
    statement_id: null,
    fetched: 0,
    inserted: 0,
    duplicates: 0,
    skipped: 0,
    gaps: [],
    error_code: code,
    error_message: message,
  }
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ReadRefused) return { code: error.code, message: error.message }
  const merchant = toMerchantError(error)
  return { code: isFlinksError(error) ? error.code : "import_failed", message: merchant.message }
}

/**
 * Writes the feed's account's staged lines: PostgreSQL keeps the new ones, in one transaction with
 * the statement, the balances and the feed's high-water mark.
 */
async function importAccount(
  banking: IBankingModuleService,
  feed: ImportTarget,
  accounts: Map<string, ReadAccount>,
  sink: StagingSink,
  syncRunId: string,
  lease: RunLease,
  live: LiveImport | null
): Promise<FeedImportResult> {
  const account = accounts.get(feed.provider_account_id)
  if (!account) {
    await live?.settle(null)
    return failedFeed(feed, "account_missing", "Flinks no longer returns this bank account for the login.")
  }
  await lease.setPhase("writing", sink.count(account.index))
  const outcome = { staged: sink.staged(account.index), balances: account.balance }
  const recorded =
    (await live?.settle(outcome)) ??
    (await banking.recordAccountImport({ ...accountImportInput(feed, syncRunId), ...outcome }))
  return {
    feed_id: feed.feed_id,
    bank_account_id: feed.bank_account_id,
    status: "imported",
    statement_id: recorded.statement_id,
    fetched: recorded.fetched,
    inserted: recorded.inserted,
    duplicates: recorded.duplicates,
    skipped: recorded.before_start,
    gaps: recorded.gaps,
    error_code: null,
    error_message: null,
  }
}

/** An account of the answer, its lines staged: where it came in the answer, and its balances. */
type ReadAccount = { index: number; balance: FlinksAccount["balance"] }

/** The connection's accounts by Flinks id, and the earliest line among them. */
async function readAccounts(
  container: MedusaContainer,
  banking: IBankingModuleService,
  targets: ImportTargets,
  window: ReadWindow,
  run: ReadingRun,
  lease: RunLease,
  sink: StagingSink
): Promise<{ accounts: Map<string, ReadAccount>; mfaPending: boolean }> {
  const session = await openReadSession(container, banking, targets, run, lease)
  // The connection's copy age was recorded by the sign-in; the run keeps the age of what it read.
  if (session.bankDataAsOf) await banking.updateSyncRuns({ id: run.id, bank_data_as_of: session.bankDataAsOf })
  // Signed in; from here Flinks prepares the data, which can take minutes even before any 202.
  await lease.setPhase("waiting_for_flinks")
  const detail = await banking.gateway.readAccountsSince(targets.provider, session.requestId, {
    since: window.since,
    today: window.today,
    accountIds: targets.feeds.map((feed) => feed.provider_account_id),
    onPending: () => lease.setPhase("waiting_for_flinks"),
    transactions: sink,
  })
  return {
    accounts: new Map(
      detail.accounts.map((account) => [account.providerAccountId, { index: account.index, balance: account.balance }])
    ),
    // The last live refresh stopped at the bank's question: this is Flinks' older copy.
    mfaPending: session.mfaPending,
  }
}

/**
 * Reads the connection's accounts and transactions from Flinks (a cached Authorize: the bank is
 * not contacted, so no MFA) and writes each account's new lines in its own transaction. A failing
 * account does not stop the others; a Flinks refusal is reported, not thrown, so the run is
 * recorded. What was written stays written: the next run dedupes against it, so there is nothing
 * to undo.
 */
export const importFeedsFromFlinksStep = createStep(
  "import-feeds-from-flinks",
  async (
    input: { targets: ImportTargets; sync_run_id: string; sign_in: "cached" | "live"; trigger: string },
    { container }
  ) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const { targets } = input
    const today = todayIn("UTC")
    const result: ConnectionImportResult = {
      window: { start: null, end: today },
      connection_error: null,
      mfa_pending: false,
      feeds: [],
    }
    if (!targets.feeds.length) {
      return new StepResponse(result)
    }
    const window: ReadWindow = { since: importStartDate(targets.feeds), today }
    // Flinks may keep the run waiting for many minutes: the lease shows it is still alive.
    const lease = keepRunAlive(container, { id: input.sync_run_id, connection_id: targets.connection_id })
    try {
      // What runs killed mid-read left staged is cleared here, as this run's own is when it ends.
      await banking.discardStagedLines(null)
      const run = { id: input.sync_run_id, sign_in: input.sign_in, trigger: input.trigger }
      return new StepResponse(await importConnection(container, banking, targets, window, run, lease, result))
    } finally {
      lease.stop()
      // Should this fail, the next import's sweep clears what is left: the run's outcome stands.
      await banking.discardStagedLines(input.sync_run_id).catch(() => undefined)
    }
  }
)

/** Reads the accounts once, then imports each feed's lines; per-feed failures are reported. */
async function importConnection(
  container: MedusaContainer,
  banking: IBankingModuleService,
  targets: ImportTargets,
  window: ReadWindow,
  run: ReadingRun,
  lease: RunLease,
  result: ConnectionImportResult
): Promise<ConnectionImportResult> {
  let accounts: Map<string, ReadAccount>
  const live = liveImport(banking, targets.feeds, run.id)
  const sink = stagingSink(banking, run.id, live?.begin)
  try {
    // The lines go to the staging table as they arrive; the process holds a chunk at a time.
    const read = await readAccounts(container, banking, targets, window, run, lease, sink)
    accounts = read.accounts
    result.window.start = sink.earliestDate()
    result.mfa_pending = read.mfaPending
  } catch (error) {
    await live?.settle(null).catch(() => undefined)
    const described = describeError(error)
    result.connection_error = described
    // The bank's question holds the login: the MFA episode opens, as for a stale read.
    result.mfa_pending = described.code === "mfa_required"
    result.feeds = targets.feeds.map((feed) => failedFeed(feed, described.code, described.message))
    return result
  }

  for (const feed of targets.feeds) {
    try {
      result.feeds.push(await importAccount(banking, feed, accounts, sink, run.id, lease, live))
    } catch (error) {
      if (!isFlinksError(error)) {
        // Not Flinks' doing: the operator needs the cause, the merchant a sentence.
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .error(`Banking: importing feed ${feed.feed_id} failed: ${(error as Error)?.stack ?? error}`)
      }
      const described = describeError(error)
      result.feeds.push(failedFeed(feed, described.code, described.message))
    }
  }
  return result
}

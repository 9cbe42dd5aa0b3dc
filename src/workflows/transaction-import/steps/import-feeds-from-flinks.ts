import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { todayIn } from "../../../lib/calendar-date"
import { FlinksAccount, isFlinksError } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { findBalanceGaps, BalanceGap } from "../import-plan/balance-gaps"
import { planAccountImport } from "../import-plan/plan-account-import"
import { summarizeStatement } from "../import-plan/statement-summary"
import { earliestLineDate, importStartDate } from "../import-plan/transaction-window"
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
  gaps: BalanceGap[]
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
 * Takes the feed's account out of `accounts`, and lets go of it once planned: from then on only
 * the lines to write are held, and the service lets go of each batch once written, so a large
 * import's memory shrinks as it goes.
 */
async function importAccount(
  banking: IBankingModuleService,
  feed: ImportTarget,
  accounts: Map<string, FlinksAccount>,
  syncRunId: string,
  lease: RunLease
): Promise<FeedImportResult> {
  let account = accounts.get(feed.provider_account_id)
  accounts.delete(feed.provider_account_id)
  if (!account) {
    return failedFeed(feed, "account_missing", "Flinks no longer returns this bank account for the login.")
  }
  const known = await banking.knownLineKeys(feed.bank_account_id, feed.start_date)
  const plan = planAccountImport({
    bankAccountId: feed.bank_account_id,
    lines: account.transactions,
    startDate: feed.start_date,
    knownProviderIds: known.providerIds,
    knownFingerprints: known.fingerprints,
  })
  const balances = account.balance
  account = undefined
  const previous = plan.toInsert.length ? await banking.lastStoredLine(feed.bank_account_id) : null
  const last = plan.toInsert[plan.toInsert.length - 1]
  const statement = plan.toInsert.length ? summarizeStatement(plan.toInsert) : null
  const gaps = findBalanceGaps(plan.toInsert, previous)
  await lease.setPhase("writing", plan.toInsert.length)
  const recorded = await banking.recordAccountImport({
    bank_account_id: feed.bank_account_id,
    feed_id: feed.feed_id,
    sync_run_id: syncRunId,
    currency_code: feed.currency_code,
    lines: plan.toInsert,
    statement,
    balances,
    high_water_date: last && (!feed.high_water_date || last.date > feed.high_water_date) ? last.date : null,
  })
  return {
    feed_id: feed.feed_id,
    bank_account_id: feed.bank_account_id,
    status: "imported",
    statement_id: recorded.statement_id,
    fetched: plan.fetched,
    inserted: recorded.inserted,
    duplicates: plan.duplicates + plan.rekeyed,
    skipped: plan.beforeStart,
    gaps,
    error_code: null,
    error_message: null,
  }
}

/** The connection's accounts by Flinks id, and the earliest line among them. */
async function readAccounts(
  container: MedusaContainer,
  banking: IBankingModuleService,
  targets: ImportTargets,
  window: ReadWindow,
  run: ReadingRun,
  lease: RunLease
): Promise<{ accounts: Map<string, FlinksAccount>; earliest: string | null; mfaPending: boolean }> {
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
  })
  return {
    accounts: new Map(detail.accounts.map((account) => [account.providerAccountId, account])),
    earliest: earliestLineDate(detail.accounts),
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
      const run = { id: input.sync_run_id, sign_in: input.sign_in, trigger: input.trigger }
      return new StepResponse(await importConnection(container, banking, targets, window, run, lease, result))
    } finally {
      lease.stop()
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
  let accounts: Map<string, FlinksAccount>
  try {
    // Nothing here holds the answer but the map, which each account leaves as it is imported.
    const read = await readAccounts(container, banking, targets, window, run, lease)
    accounts = read.accounts
    result.window.start = read.earliest
    result.mfa_pending = read.mfaPending
  } catch (error) {
    const described = describeError(error)
    result.connection_error = described
    // The bank's question holds the login: the MFA episode opens, as for a stale read.
    result.mfa_pending = described.code === "mfa_required"
    result.feeds = targets.feeds.map((feed) => failedFeed(feed, described.code, described.message))
    return result
  }

  for (const feed of targets.feeds) {
    try {
      result.feeds.push(await importAccount(banking, feed, accounts, run.id, lease))
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

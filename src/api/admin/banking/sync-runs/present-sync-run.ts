import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { isRunAlive } from "../../../../lib/banking/sync-run-liveness"
import { isBankDataStale } from "../../../../lib/banking/bank-data-freshness"
import type { AdminSyncRun, AdminSyncRunCheck, AdminSyncRunFeedOutcome } from "../../../../types/http"
import type { FeedImportResult } from "../../../../workflows/transaction-import/steps/import-feeds-from-flinks"
import { wireTime } from "../../../utils/wire-time"

/** Refresh Transactions met the bank's question and the merchant closed it (or let it wait too long). */
const QUESTION_NOT_ANSWERED =
  "Your bank's question was not answered, so only what Flinks already held was imported. Refresh Transactions again to answer it and bring in today's lines."

const MFA_PENDING =
  "Your bank is asking for a verification, so only what Flinks already held was imported. Answer it with Edit Credentials in Manage Added Accounts, then refresh again."

/** What the import step wrote on the run, feed by feed (details.feeds). */
type StoredFeedResult = Pick<
  FeedImportResult,
  "feed_id" | "status" | "fetched" | "inserted" | "duplicates" | "skipped" | "gaps" | "error_code" | "error_message"
>
type StoredDetails = { feeds?: StoredFeedResult[]; mfa_pending?: boolean; check?: AdminSyncRunCheck } | null

type SyncRunRow = {
  id: string
  connection_id: string
  kind: AdminSyncRun["kind"]
  trigger: string
  status: AdminSyncRun["status"]
  phase: AdminSyncRun["phase"]
  lines_to_write: number | null
  feed_ids: unknown
  started_at: Date
  finished_at: Date | null
  heartbeat_at: Date | null
  error_code: string | null
  error_message: string | null
  details: unknown
  sign_in?: "cached" | "live" | null
  question?: "asked" | "answered" | "declined" | null
  bank_data_as_of?: Date | null
}

function feedOutcome(feed: StoredFeedResult, mfaPending: boolean, pendingWords: string): AdminSyncRunFeedOutcome {
  return {
    feed_id: feed.feed_id,
    status: feed.status,
    fetched: feed.fetched,
    inserted: feed.inserted,
    duplicates: feed.duplicates,
    skipped: feed.skipped,
    possible_gaps: feed.gaps?.length ?? 0,
    code: feed.error_code ?? (mfaPending ? "mfa_required" : null),
    message: feed.error_message ?? (mfaPending ? pendingWords : null),
  }
}

/**
 * A run as the screens follow it: where it is while it runs (phase, lines being written, elapsed
 * time), then how it ended, with the same sentences the merchant reads everywhere. A run whose
 * process died reads as not in progress at once, before the sweep closes it.
 */
export function presentSyncRun(
  row: SyncRunRow,
  leaseSeconds: number,
  staleAfterHours: number,
  now = new Date()
): AdminSyncRun {
  const details = (row.details ?? null) as StoredDetails
  const inProgress = isRunAlive(row, leaseSeconds, now)
  const finished = !["queued", "running"].includes(row.status)
  const end = row.finished_at ?? now
  const pendingWords = row.question === "declined" ? QUESTION_NOT_ANSWERED : MFA_PENDING
  return {
    id: row.id,
    connection_id: row.connection_id,
    kind: row.kind,
    trigger: row.trigger,
    status: row.status,
    in_progress: inProgress,
    phase: inProgress ? row.phase : null,
    lines_to_write: inProgress ? row.lines_to_write : null,
    feed_ids: (row.feed_ids as string[] | null) ?? null,
    started_at: wireTime(row.started_at),
    finished_at: wireTime(row.finished_at),
    elapsed_seconds: Math.max(0, Math.round((new Date(end).getTime() - new Date(row.started_at).getTime()) / 1000)),
    /** Set once the run has ended (or its process died): why it failed, or null. */
    code: finished || !inProgress ? (row.error_code ?? (details?.mfa_pending ? "mfa_required" : null)) : null,
    message: finished || !inProgress ? (row.error_message ?? (details?.mfa_pending ? pendingWords : null)) : null,
    feeds: (details?.feeds ?? []).map((feed) => feedOutcome(feed, !!details?.mfa_pending, pendingWords)),
    check: details?.check ?? null,
    sign_in: row.sign_in ?? "cached",
    /** Refresh Transactions' live sign-in: the bank's question, asked (the run waits), answered or declined. */
    question: row.question ?? null,
    bank_data_as_of: wireTime(row.bank_data_as_of),
    bank_data_stale: isBankDataStale(row.bank_data_as_of ?? null, staleAfterHours, now),
  }
}

export async function readSyncRun(scope: MedusaContainer, id: string): Promise<AdminSyncRun> {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [run] = await banking.listSyncRuns({ id })
  if (!run) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This import run does not exist.")
  }
  const { leaseSeconds, staleAfterHours } = banking.syncOptions()
  return presentSyncRun(run as unknown as SyncRunRow, leaseSeconds, staleAfterHours)
}

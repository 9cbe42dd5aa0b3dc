import type { AdminDateTime } from "./common"

/** An import or a bank check, run in the background; the screens follow it until it ends. */
export type AdminSyncRunKind = "import" | "mfa_check"
export type AdminSyncRunStatus = "queued" | "running" | "succeeded" | "partial" | "failed" | "interrupted"
/**
 * Where a run in progress is; null once it ended. "waiting_for_answer": the bank asked a question
 * at a live sign-in and the run waits for the merchant (for up to `sync.answerWaitMinutes`).
 */
export type AdminSyncRunPhase = "queued" | "signing_in" | "waiting_for_answer" | "waiting_for_flinks" | "writing"
/** "cached" reads Flinks' copy (the schedule, a link); "live" signs in at the bank (Refresh). */
export type AdminSyncRunSignIn = "cached" | "live"
/**
 * The bank's question during a live run: asked (the run waits), answered (the run reads fresh
 * data), declined (closed, or not answered in time: the run imported what Flinks already held).
 */
export type AdminSyncRunQuestion = "asked" | "answered" | "declined"

/** How one feed's import ended. `code` says why it failed ("mfa_required": the bank asks first). */
export type AdminSyncRunFeedOutcome = {
  feed_id: string
  status: "imported" | "failed"
  fetched: number
  inserted: number
  duplicates: number
  skipped: number
  possible_gaps: number
  /** Why it failed, for the screen to offer the way forward (mfa_required → Edit Credentials). */
  code: string | null
  message: string | null
}

/** What the bank said to a check: "mfa" it asks a question, "sign_in" the saved sign-in no longer works. */
export type AdminSyncRunCheck = {
  outcome: "active" | "mfa" | "sign_in" | "fault"
  mfa_request_id: string | null
  /** True when this check emailed the MFA notification recipients (false: they were told already). */
  notified: boolean
}

/**
 * A run as the screens follow it: where it is while it runs (phase, lines being written, elapsed
 * time), then how it ended, with the same sentences the merchant reads everywhere.
 */
export type AdminSyncRun = {
  id: string
  connection_id: string
  kind: AdminSyncRunKind
  trigger: string
  status: AdminSyncRunStatus
  /** The truth about "still going": false once it ended or its process died, whatever `status` says. */
  in_progress: boolean
  phase: AdminSyncRunPhase | null
  /** While writing: how many lines Flinks sent for the account being written (the new ones among them are written). */
  lines_to_write: number | null
  feed_ids: string[] | null
  started_at: AdminDateTime
  finished_at: AdminDateTime | null
  /** Counted by the server from `started_at`, so it is right after a reload and whatever the clocks. */
  elapsed_seconds: number
  /** Once ended: why the run failed, or, for a check, the sentence saying what the bank answered. */
  code: string | null
  message: string | null
  feeds: AdminSyncRunFeedOutcome[]
  check: AdminSyncRunCheck | null
  sign_in: AdminSyncRunSignIn
  question: AdminSyncRunQuestion | null
  /** How old the data the run read is (Flinks' LastRefresh); null until the run read it. */
  bank_data_as_of: AdminDateTime | null
  bank_data_stale: boolean
}

/** GET /admin/banking/sync-runs/:id, and POST …/question/decline. */
export type AdminSyncRunResponse = { sync_run: AdminSyncRun }

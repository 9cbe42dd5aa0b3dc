import { model } from "@medusajs/framework/utils"
import BankConnection from "./bank-connection"
import { calendarDateCheck } from "./calendar-date"

export const SYNC_TRIGGERS = ["link", "schedule", "manual", "resume"] as const

/** What a run does: import a connection's lines, or ask the bank whether it wants MFA (Check Now). */
export const SYNC_RUN_KINDS = ["import", "mfa_check"] as const

/**
 * Sync run status, a state machine:
 *   queued -> running -> succeeded | partial (some accounts failed) | failed
 *   queued | running -> interrupted (the process running it died; closed by the sweep)
 */
export const SYNC_RUN_STATUSES = ["queued", "running", "succeeded", "partial", "failed", "interrupted"] as const
export const ACTIVE_SYNC_RUN_STATUSES = ["queued", "running"] as const

/** Where a running run is, for the screens that follow it. */
export const SYNC_RUN_PHASES = ["queued", "signing_in", "waiting_for_answer", "waiting_for_flinks", "writing"] as const

/**
 * How a run reads the bank: "cached" reads Flinks' copy (the schedule, a link); "live" signs in at
 * the bank while the merchant is there to answer its question (Refresh Transactions).
 */
export const SYNC_RUN_SIGN_INS = ["cached", "live"] as const

/**
 * The bank's question during a live run: asked (the run waits for the merchant), answered (in
 * Connect, the run reads the fresh data), declined (closed, or not answered in time: the run
 * imports what Flinks already held).
 */
export const SYNC_RUN_QUESTION_STATES = ["asked", "answered", "declined"] as const

/** One import attempt: the audit trail of what was fetched, inserted and skipped, and why it ended. */
const SyncRun = model
  .define("sync_run", {
    id: model.id({ prefix: "bsync" }).primaryKey(),
    connection: model.belongsTo(() => BankConnection, { mappedBy: "sync_runs" }),
    kind: model.enum([...SYNC_RUN_KINDS]).default("import"),
    feed_ids: model.array().nullable(),
    trigger: model.enum([...SYNC_TRIGGERS]),
    requested_by: model.text().nullable(),
    window_start: model.text().nullable(),
    window_end: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    status: model.enum([...SYNC_RUN_STATUSES]).default("queued"),
    phase: model.enum([...SYNC_RUN_PHASES]).nullable(),
    sign_in: model.enum([...SYNC_RUN_SIGN_INS]).default("cached"),
    question: model.enum([...SYNC_RUN_QUESTION_STATES]).nullable(),
    /** How old the data this run read is: Flinks' Login.LastRefresh at the read. */
    bank_data_as_of: model.dateTime().nullable(),
    /** While writing: how many lines this run is writing. */
    lines_to_write: model.number().nullable(),
    /**
     * Renewed every few seconds by the process running it, with the connection's lock: a run whose
     * heartbeat is older than the lease is no longer running, whatever its status says.
     */
    heartbeat_at: model.dateTime().nullable(),
    fetched_count: model.number().default(0),
    inserted_count: model.number().default(0),
    duplicate_count: model.number().default(0),
    skipped_count: model.number().default(0),
    error_code: model.text().nullable(),
    error_message: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([
    { name: "IDX_sync_run_connection_started", on: ["connection_id", "started_at"] },
    // One run at a time per connection: a second click finds the first run instead of starting one.
    {
      name: "IDX_sync_run_one_active_per_connection",
      on: ["connection_id"],
      unique: true,
      where: "status IN ('queued', 'running') AND deleted_at IS NULL",
    },
  ])
  .checks([
    { name: "sync_run_window_start_is_calendar_date", expression: calendarDateCheck("window_start", true) },
    { name: "sync_run_window_end_is_calendar_date", expression: calendarDateCheck("window_end", true) },
  ])

export default SyncRun

import { model } from "@medusajs/framework/utils"
import BankConnection from "./bank-connection"
import { calendarDateCheck } from "./calendar-date"

export const SYNC_TRIGGERS = ["link", "schedule", "manual", "resume"] as const

/** Sync run status: running -> succeeded | partial (some accounts failed) | failed. */
export const SYNC_RUN_STATUSES = ["running", "succeeded", "partial", "failed"] as const

/** One import attempt: the audit trail of what was fetched, inserted and skipped, and why it ended. */
const SyncRun = model
  .define("sync_run", {
    id: model.id({ prefix: "bsync" }).primaryKey(),
    connection: model.belongsTo(() => BankConnection, { mappedBy: "sync_runs" }),
    feed_ids: model.array().nullable(),
    trigger: model.enum([...SYNC_TRIGGERS]),
    window_start: model.text().nullable(),
    window_end: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    status: model.enum([...SYNC_RUN_STATUSES]).default("running"),
    fetched_count: model.number().default(0),
    inserted_count: model.number().default(0),
    duplicate_count: model.number().default(0),
    skipped_count: model.number().default(0),
    error_code: model.text().nullable(),
    error_message: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ name: "IDX_sync_run_connection_started", on: ["connection_id", "started_at"] }])
  .checks([
    { name: "sync_run_window_start_is_calendar_date", expression: calendarDateCheck("window_start", true) },
    { name: "sync_run_window_end_is_calendar_date", expression: calendarDateCheck("window_end", true) },
  ])

export default SyncRun

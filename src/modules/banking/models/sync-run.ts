import { model } from "@medusajs/framework/utils"
import BankConnection from "./bank-connection"
import { calendarDateCheck } from "./calendar-date"
import {
  SYNC_RUN_KINDS,
  SYNC_RUN_PHASES,
  SYNC_RUN_QUESTION_STATES,
  SYNC_RUN_SIGN_INS,
  SYNC_RUN_STATUSES,
  SYNC_TRIGGERS,
} from "../../../types/module/constants"

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
    /** While writing: how many lines Flinks sent for the account being written (the new ones among them are written). */
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

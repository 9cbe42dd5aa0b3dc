import { model } from "@medusajs/framework/utils"
import { FLINKS_PROVIDERS } from "../options"
import BankAccount from "./bank-account"
import MfaRequest from "./mfa-request"
import SyncRun from "./sync-run"

/**
 * Connection status, a state machine whose table is gateway/connection-status.ts: what the bank says
 * (active, mfa_required, credentials_invalid, institution_unavailable, error) may follow any of
 * those; refreshing ends in one of them; any -> disconnected (deleted; the login is also deleted at
 * Flinks), which nothing leaves. Statuses change only through the gateway's moveConnection.
 */
export const CONNECTION_STATUSES = [
  "active",
  "refreshing",
  "mfa_required",
  "credentials_invalid",
  "institution_unavailable",
  "error",
  "disconnected",
] as const

const BankConnection = model
  .define("bank_connection", {
    id: model.id({ prefix: "bconn" }).primaryKey(),
    provider: model.enum([...FLINKS_PROVIDERS]),
    institution_name: model.text(),
    institution_id: model.text().nullable(),
    /** The Flinks LoginId, AES-256-GCM encrypted; never returned by any route. */
    login_id_encrypted: model.text(),
    /** HMAC of the LoginId, to find a connection without decrypting every row. */
    login_id_hash: model.text(),
    login_type: model.enum(["personal", "business"]).nullable(),
    status: model.enum([...CONNECTION_STATUSES]).default("active"),
    status_reason: model.text().nullable(),
    last_success_at: model.dateTime().nullable(),
    last_attempt_at: model.dateTime().nullable(),
    /** When Flinks last reached the bank for this login (Login.LastRefresh). */
    provider_refreshed_at: model.dateTime().nullable(),
    /**
     * The RequestId of one of our live sign-ins that the bank answered with a question (AES-256-GCM
     * encrypted, like the LoginId). Flinks allows one session per login: while it lives (8 idle
     * minutes), Resume, Edit Credentials and Refresh open Connect at that same question instead of
     * signing in again. Cleared once answered.
     */
    question_request_id_encrypted: model.text().nullable(),
    question_asked_at: model.dateTime().nullable(),
    /** When that question was last handed to a Connect session (a screen may already show it). */
    question_handed_at: model.dateTime().nullable(),
    consent_accepted_by: model.text(),
    consent_accepted_at: model.dateTime(),
    consent_version: model.text(),
    created_by: model.text().nullable(),
    /** The admin user who deleted the connection; with deleted_at, the record of who and when. */
    deleted_by: model.text().nullable(),
    metadata: model.json().nullable(),
    accounts: model.hasMany(() => BankAccount, { mappedBy: "connection" }),
    sync_runs: model.hasMany(() => SyncRun, { mappedBy: "connection" }),
    mfa_requests: model.hasMany(() => MfaRequest, { mappedBy: "connection" }),
  })
  .indexes([
    {
      name: "IDX_bank_connection_provider_login_unique",
      on: ["provider", "login_id_hash"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_bank_connection_status", on: ["status"], where: "deleted_at IS NULL" },
  ])

export default BankConnection

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE, ConnectionStatus, ConnectionStatusSnapshot } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { ConnectionImportResult } from "./import-feeds-from-flinks"

/** Flinks' refusals that mean the connection itself needs the merchant. */
const CONNECTION_STATUS_BY_ERROR: Record<
  string,
  "mfa_required" | "credentials_invalid" | "institution_unavailable" | "error"
> = {
  mfa_required: "mfa_required",
  invalid_credentials: "credentials_invalid",
  login_disabled: "credentials_invalid",
  bank_action_required: "credentials_invalid",
  institution_unavailable: "institution_unavailable",
}

const MFA_PENDING =
  "Your bank is asking for a verification. What Flinks already held was imported; newer transactions wait for the answer (Edit Credentials, or the link in the email)."

type ConnectionHealth = { status: ConnectionStatus; status_reason: string | null; last_success_at?: Date }

/** A connection shows healthy only when every feed of its last import came through. */
function connectionHealth(
  connectionError: ConnectionImportResult["connection_error"],
  failed: ConnectionImportResult["feeds"],
  mfaPending: boolean
): ConnectionHealth {
  if (connectionError) {
    return {
      status: CONNECTION_STATUS_BY_ERROR[connectionError.code] ?? "error",
      status_reason: connectionError.message,
    }
  }
  if (mfaPending) {
    return { status: "mfa_required", status_reason: MFA_PENDING }
  }
  if (failed.length) {
    const reason =
      failed.length > 1 ? `${failed.length} feeds failed. ${failed[0].error_message}` : failed[0].error_message
    return { status: "error", status_reason: reason }
  }
  return { status: "active", status_reason: null, last_success_at: new Date() }
}

/**
 * Closes the audit record with what was fetched, inserted and skipped, and sets the connection's
 * health. Undone by putting the run back to "running" and the connection as it was.
 */
export const finishSyncRunStep = createStep(
  "finish-sync-run",
  async (input: { sync_run_id: string; connection_id: string; result: ConnectionImportResult }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const { feeds, connection_error } = input.result
    const failed = feeds.filter((feed) => feed.status === "failed")
    const status = !feeds.length || !failed.length ? "succeeded" : failed.length === feeds.length ? "failed" : "partial"
    const sum = (key: "fetched" | "inserted" | "duplicates" | "skipped") =>
      feeds.reduce((total, feed) => total + feed[key], 0)
    const [before] = await banking.listBankConnections(
      { id: input.connection_id },
      { select: ["id", "last_success_at"] }
    )

    // Health first: whoever sees the run ended must find the connection already saying how.
    const health = connectionHealth(connection_error, failed, input.result.mfa_pending)
    const beforeStatus = await banking.gateway.moveConnection(
      input.connection_id,
      health.status,
      health.status_reason,
      health.last_success_at ? { last_success_at: health.last_success_at } : {}
    )
    await banking.updateSyncRuns({
      id: input.sync_run_id,
      status,
      finished_at: new Date(),
      window_start: input.result.window.start,
      window_end: input.result.window.end,
      fetched_count: sum("fetched"),
      inserted_count: sum("inserted"),
      duplicate_count: sum("duplicates"),
      skipped_count: sum("skipped"),
      error_code: connection_error?.code ?? failed[0]?.error_code ?? null,
      error_message: connection_error?.message ?? failed[0]?.error_message ?? null,
      phase: null,
      details: { feeds, mfa_pending: input.result.mfa_pending } as unknown as Record<string, unknown>,
    })
    const previous: { id: string; before: ConnectionStatusSnapshot; last_success_at: Date | null } = {
      id: input.connection_id,
      before: beforeStatus,
      last_success_at: before?.last_success_at ? new Date(before.last_success_at) : null,
    }
    return new StepResponse({ status }, { sync_run_id: input.sync_run_id, connection: previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    await banking.updateSyncRuns({ id: undo.sync_run_id, status: "running", finished_at: null })
    if (undo.connection) {
      await banking.gateway.restoreStatus(undo.connection.id, undo.connection.before, {
        last_success_at: undo.connection.last_success_at,
      })
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService, SyncRunKind } from "../../../types"
import { INTERRUPTED_REASON } from "../../../lib/banking/sync-run-liveness"
import { acquireRunLock, releaseRunLock } from "../run-lease"

export type ClaimedSyncRun = {
  id: string
  connection_id: string
  kind: SyncRunKind
  trigger: string
  feed_ids: string[] | null
  requested_by: string | null
  sign_in: "cached" | "live"
}

const LOCK_HELD = "An earlier import of this bank connection has not let go yet. Try again in a minute."

/**
 * Takes a queued run: the connection's lock (a short lease, renewed while the run works), then
 * "running" only if it is still queued, so a redelivered event runs nothing twice. Undone by
 * closing the run as interrupted, telling the connection why, and freeing the lock.
 */
export const claimSyncRunStep = createStep(
  "claim-sync-run",
  async (input: { sync_run_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [run] = await banking.listSyncRuns({ id: input.sync_run_id, status: "queued" })
    if (!run) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sync run ${input.sync_run_id} is no longer queued.`)
    }
    try {
      await acquireRunLock(container, run.connection_id, run.id)
    } catch {
      await banking.updateSyncRuns({
        id: run.id,
        status: "failed",
        phase: null,
        finished_at: new Date(),
        error_code: "busy",
        error_message: LOCK_HELD,
      })
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, LOCK_HELD)
    }
    const now = new Date()
    const taken = await banking.updateSyncRuns({
      selector: { id: run.id, status: "queued" },
      data: { status: "running", phase: "signing_in", heartbeat_at: now },
    })
    if (!taken.length) {
      await releaseRunLock(container, run.connection_id, run.id)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sync run ${run.id} is no longer queued.`)
    }
    await banking.updateBankConnections({ id: run.connection_id, last_attempt_at: now })
    const claimed: ClaimedSyncRun = {
      id: run.id,
      connection_id: run.connection_id,
      kind: run.kind,
      trigger: run.trigger,
      feed_ids: (run.feed_ids as string[] | null) ?? null,
      requested_by: run.requested_by,
      sign_in: run.sign_in,
    }
    return new StepResponse(claimed, { id: run.id, connection_id: run.connection_id, kind: run.kind })
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    // The connection must not keep looking healthy after an import that did not finish; told
    // first, so whoever sees the run closed finds the connection already saying why.
    if (undo.kind === "import") {
      await banking.gateway.moveConnection(undo.connection_id, "error", INTERRUPTED_REASON)
    }
    await banking.updateSyncRuns({
      id: undo.id,
      status: "interrupted",
      phase: null,
      finished_at: new Date(),
      error_code: "interrupted",
      error_message: INTERRUPTED_REASON,
    })
    await releaseRunLock(container, undo.connection_id, undo.id)
  }
)

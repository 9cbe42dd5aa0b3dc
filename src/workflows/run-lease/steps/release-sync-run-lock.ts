import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseRunLock } from "../run-lease"

/** Frees the connection for the next run once this one is recorded. Nothing to undo. */
export const releaseSyncRunLockStep = createStep(
  "release-sync-run-lock",
  async (input: { connection_id: string; sync_run_id: string }, { container }) => {
    await releaseRunLock(container, input.connection_id, input.sync_run_id)
    return new StepResponse(null)
  }
)

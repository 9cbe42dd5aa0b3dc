import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listDueLoginDiscardsStep } from "./steps/list-due-login-discards"
import { retryLoginDiscardsStep } from "./steps/retry-login-discards"

export type SweepLoginDiscardsInput = {
  /** Sweep as of this moment (ISO); now by default. Tests pass a later one instead of waiting. */
  now?: string
}

/**
 * The background half of deleting refused logins at Flinks: every minute (job
 * delete-refused-flinks-logins), each login whose next try is due gets one, until Flinks confirms it
 * is gone or a connection turns out to use it. The list is in the database, so a restart loses none.
 */
export const sweepLoginDiscardsWorkflow = createWorkflow(
  "banking-sweep-login-discards",
  (input: SweepLoginDiscardsInput) => {
    const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
    const discards = listDueLoginDiscardsStep(transform({ now }, ({ now }) => ({ now })))
    const attempts = retryLoginDiscardsStep(transform({ discards, now }, ({ discards, now }) => ({ discards, now })))
    return new WorkflowResponse(attempts)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createConnectSessionStep, liveSignInSessionInput, loadBankConnectionStep } from "../../bank-login"
import { declineQuestionStep } from "./steps/decline-question"
import { loadAskedQuestionStep } from "./steps/load-asked-question"

/**
 * Refresh Transactions met the bank's question: a Connect session that opens at it, for the
 * admin on that screen. Its REDIRECT lets the waiting run go on (completeConnectionWorkflow).
 */
export const openRefreshQuestionWorkflow = createWorkflow(
  "banking-open-refresh-question",
  (input: { sync_run_id: string; actor_id: string; redirect_url: string }) => {
    const asked = loadAskedQuestionStep(transform({ input }, ({ input }) => ({ sync_run_id: input.sync_run_id })))
    const connection = loadBankConnectionStep(transform({ asked }, ({ asked }) => ({ id: asked.connection_id })))
    const session = createConnectSessionStep(
      transform({ input, asked, connection }, ({ input, asked, connection }) => ({
        ...liveSignInSessionInput({
          purpose: "refresh",
          connection,
          bank: { outcome: "mfa", request_id: asked.request_id },
          actor_id: input.actor_id,
          redirect_url: input.redirect_url,
        }),
        sync_run_id: asked.sync_run_id,
      }))
    )
    return new WorkflowResponse(session)
  }
)

/** The merchant closed the question: the run imports what Flinks already held, and says how old. */
export const declineRefreshQuestionWorkflow = createWorkflow(
  "banking-decline-refresh-question",
  (input: { sync_run_id: string }) => {
    declineQuestionStep(input)
    return new WorkflowResponse(null)
  }
)

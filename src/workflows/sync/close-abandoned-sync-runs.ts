import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeAbandonedSyncRunsStep } from "./steps/close-abandoned-sync-runs"

/** The periodic sweep: no run stays "running" after the process running it died. */
export const closeAbandonedSyncRunsWorkflow = createWorkflow("banking-close-abandoned-sync-runs", () => {
  return new WorkflowResponse(closeAbandonedSyncRunsStep())
})

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { queueSyncRunStep, QueueSyncRunInput } from "./steps/queue-sync-run"

export type RequestSyncRunInput = QueueSyncRunInput & {
  /**
   * Hand the run to the plugin's subscriber (on the worker when there is one), so the request that
   * asked answers at once. The scheduled jobs run their runs themselves, with their concurrency.
   */
  in_background: boolean
}

/**
 * Queues an import or a bank check of one connection: Link, Refresh Transactions and Check Now
 * answer with this run at once and the screens follow it; a second click gets the same run.
 */
export const requestSyncRunWorkflow = createWorkflow("banking-request-sync-run", (input: RequestSyncRunInput) => {
  const run = queueSyncRunStep(input)
  when({ run, input }, ({ run, input }) => run.created && input.in_background).then(() => {
    emitEventStep({
      eventName: BankingEvents.SYNC_REQUESTED,
      data: transform({ run }, ({ run }) => ({
        id: run.id,
        connection_id: run.connection_id,
        kind: run.kind,
      })) satisfies BankingEventData<typeof BankingEvents.SYNC_REQUESTED>,
    })
  })
  return new WorkflowResponse(run)
})

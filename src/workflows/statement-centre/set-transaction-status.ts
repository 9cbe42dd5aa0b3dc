import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { loadLiveLinesStep } from "./steps/load-live-lines"
import { LineStatus, setLinesStatusStep } from "./steps/set-lines-status"

export type SetTransactionStatusInput = { ids: string[]; status: LineStatus; actor_id: string | null }

/** Reconcile, exclude, or undo either, for one line or a selection; other plugins hear of it. */
export const setTransactionStatusWorkflow = createWorkflow(
  "banking-set-transaction-status",
  (input: SetTransactionStatusInput) => {
    const lines = loadLiveLinesStep(transform({ input }, ({ input }) => ({ ids: input.ids })))
    const result = setLinesStatusStep(
      transform({ input, lines }, ({ input, lines }) => ({ lines, status: input.status, actor_id: input.actor_id }))
    )
    when({ result }, ({ result }) => result.changed_ids.length > 0).then(() => {
      emitEventStep({
        eventName: BankingEvents.TRANSACTION_RECONCILED,
        data: transform({ input, result }, ({ input, result }) => ({
          ids: result.changed_ids,
          status: input.status,
          actor_id: input.actor_id,
        })) satisfies BankingEventData<typeof BankingEvents.TRANSACTION_RECONCILED>,
      })
    })
    return new WorkflowResponse(
      transform({ input, result }, ({ input, result }) => ({
        status: input.status,
        updated: result.changed_ids.length,
        unchanged: result.unchanged,
      }))
    )
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

type Undo = {
  connection: {
    id: string
    question_request_id_encrypted: string | null
    question_asked_at: Date | null
    question_handed_at: Date | null
  }
  sync_run_id: string | null
}

/**
 * The bank let the login in through Connect: no question waits on it any more, and a Refresh
 * Transactions waiting on this answer goes on to read the fresh data. Undone by putting both back.
 */
export const settleWaitingQuestionStep = createStep(
  "settle-waiting-question",
  async (input: { connection_id: string; sync_run_id: string | null }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [before] = await banking.listBankConnections(
      { id: input.connection_id },
      { select: ["id", "question_request_id_encrypted", "question_asked_at", "question_handed_at"] }
    )
    await banking.gateway.clearWaitingQuestion(input.connection_id)
    let answeredRun: string | null = null
    if (input.sync_run_id) {
      const updated = await banking.updateSyncRuns({
        selector: { id: input.sync_run_id, question: "asked" },
        data: { question: "answered" },
      })
      answeredRun = updated.length ? input.sync_run_id : null
    }
    const undo: Undo = {
      connection: {
        id: input.connection_id,
        question_request_id_encrypted: before?.question_request_id_encrypted ?? null,
        question_asked_at: before?.question_asked_at ?? null,
        question_handed_at: before?.question_handed_at ?? null,
      },
      sync_run_id: answeredRun,
    }
    return new StepResponse(null, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    await banking.updateBankConnections(undo.connection)
    if (undo.sync_run_id) await banking.updateSyncRuns({ id: undo.sync_run_id, question: "asked" })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { LiveLine } from "./load-live-lines"

export type LineStatus = "reconciled" | "excluded" | "unreconciled"

/**
 * Sets the lines' reconciliation status, recording who and when (cleared by an undo to
 * "unreconciled"). Lines already in that status keep their record. Undone by putting each line
 * back as it was.
 */
export const setLinesStatusStep = createStep(
  "set-lines-status",
  async (input: { lines: LiveLine[]; status: LineStatus; actor_id: string | null }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const changing = input.lines.filter((line) => line.status !== input.status)
    if (changing.length) {
      const settled = input.status !== "unreconciled"
      await banking.updateBankTransactions({
        selector: { id: changing.map((line) => line.id) },
        data: {
          status: input.status,
          reconciled_at: settled ? new Date() : null,
          reconciled_by: settled ? input.actor_id : null,
        },
      })
    }
    return new StepResponse(
      { changed_ids: changing.map((line) => line.id), unchanged: input.lines.length - changing.length },
      changing
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateBankTransactions(
      before.map((line) => ({
        id: line.id,
        status: line.status,
        reconciled_at: line.reconciled_at,
        reconciled_by: line.reconciled_by,
      }))
    )
  }
)

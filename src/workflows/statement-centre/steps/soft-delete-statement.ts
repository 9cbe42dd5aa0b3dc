import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/** The statement to delete and how many of its live lines are reconciled. Reads only. */
export const loadStatementForDeleteStep = createStep(
  "load-statement-for-delete",
  async (input: { id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [statement] = await banking.listBankStatements({ id: input.id }, { select: ["id", "feed_id"] })
    if (!statement?.feed_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This statement does not exist.")
    }
    const { statements } = await banking.listFeedStatements({
      feed_id: statement.feed_id,
      statement_ids: [statement.id],
    })
    const summary = statements[0]
    return new StepResponse({
      id: statement.id,
      lines: summary?.transaction_count ?? 0,
      reconciled: summary?.reconciled_count ?? 0,
    })
  }
)

/**
 * Deletes the statement and its lines, marked deleted so the import never brings them back.
 * Undone by restoring exactly what this removed.
 */
export const softDeleteStatementStep = createStep(
  "soft-delete-statement",
  async (input: { id: string }, { container }) => {
    const at = new Date()
    await container.resolve<IBankingModuleService>(BANKING_MODULE).softDeleteStatement(input.id, at)
    return new StepResponse({ id: input.id }, { id: input.id, at: at.toISOString() })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).restoreStatement(undo.id, new Date(undo.at))
  }
)

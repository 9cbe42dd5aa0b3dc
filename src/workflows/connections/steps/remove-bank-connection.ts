import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type RemoveBankConnectionInput = {
  connection_id: string
  account_ids: string[]
  actor_id: string | null
  keep_transactions: boolean
}

type Undo = RemoveBankConnectionInput & { at: string; status: string; status_reason: string | null }

/**
 * Removes the connection and its accounts (soft-deleted, so who deleted it and when stay on
 * record) and, when the merchant chose so, the lines, statements and feeds imported for them.
 * Kept lines stay readable through their unlinked feed. Undone by restoring exactly what this
 * removed.
 */
export const removeBankConnectionStep = createStep(
  "remove-bank-connection",
  async (input: RemoveBankConnectionInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [before] = await banking.listBankConnections(
      { id: input.connection_id },
      { select: ["status", "status_reason"] }
    )
    const at = new Date()
    await banking.updateBankConnections({
      id: input.connection_id,
      status: "disconnected",
      status_reason: "Deleted from Manage Added Accounts.",
      deleted_by: input.actor_id,
    })
    if (!input.keep_transactions) {
      await banking.softDeleteImportedData(input.account_ids, at)
    }
    await banking.softDeleteBankAccounts(input.account_ids)
    await banking.softDeleteBankConnections([input.connection_id])
    const undo: Undo = { ...input, at: at.toISOString(), status: before.status, status_reason: before.status_reason }
    return new StepResponse({ connection_id: input.connection_id, deleted_at: at }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    await banking.restoreBankConnections([undo.connection_id])
    await banking.restoreBankAccounts(undo.account_ids)
    if (!undo.keep_transactions) {
      await banking.restoreImportedData(undo.account_ids, new Date(undo.at))
    }
    await banking.updateBankConnections({
      id: undo.connection_id,
      status: undo.status as any,
      status_reason: undo.status_reason,
      deleted_by: null,
    })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE, ConnectionStatusSnapshot } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type RemoveBankConnectionInput = {
  connection_id: string
  account_ids: string[]
  actor_id: string | null
  keep_transactions: boolean
}

type Undo = RemoveBankConnectionInput & { at: string; before: ConnectionStatusSnapshot }

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
    const at = new Date()
    const before = await banking.gateway.moveConnection(
      input.connection_id,
      "disconnected",
      "Deleted from Manage Added Accounts.",
      { deleted_by: input.actor_id }
    )
    if (!input.keep_transactions) {
      await banking.softDeleteImportedData(input.account_ids, at)
    }
    await banking.softDeleteBankAccounts(input.account_ids)
    await banking.softDeleteBankConnections([input.connection_id])
    const undo: Undo = { ...input, at: at.toISOString(), before }
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
    await banking.gateway.restoreStatus(undo.connection_id, undo.before, { deleted_by: null })
  }
)

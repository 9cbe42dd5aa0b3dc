import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE, ConnectionStatusSnapshot } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type SetConnectionStatusInput = {
  id: string
  status: "active" | "mfa_required" | "credentials_invalid" | "institution_unavailable" | "error"
  status_reason: string | null
}

/**
 * Records what the bank just said about a connection, through the module's state machine.
 * Undone by restoring the previous status.
 */
export const setConnectionStatusStep = createStep(
  "set-connection-status",
  async (input: SetConnectionStatusInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const before = await banking.gateway.moveConnection(input.id, input.status, input.status_reason)
    return new StepResponse(input, { id: input.id, before })
  },
  async (undo: { id: string; before: ConnectionStatusSnapshot } | undefined, { container }) => {
    if (!undo) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).gateway.restoreStatus(undo.id, undo.before)
  }
)

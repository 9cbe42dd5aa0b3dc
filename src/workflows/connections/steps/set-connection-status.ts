import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type SetConnectionStatusInput = {
  id: string
  status: "active" | "mfa_required" | "credentials_invalid" | "institution_unavailable" | "error"
  status_reason: string | null
}

/** Records what the bank just said about a connection. Undone by restoring the previous status. */
export const setConnectionStatusStep = createStep(
  "set-connection-status",
  async (input: SetConnectionStatusInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [before] = await banking.listBankConnections({ id: input.id }, { select: ["id", "status", "status_reason"] })
    await banking.updateBankConnections(input)
    return new StepResponse(input, { id: before.id, status: before.status, status_reason: before.status_reason })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateBankConnections(previous)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { OPEN_MFA_STATUSES } from "./open-mfa-episode"

/**
 * The bank let the login in again: the connection's open MFA requests are closed as resumed, and
 * their links stop working. Undone by reopening them as they were.
 */
export const closeMfaEpisodesStep = createStep(
  "close-mfa-episodes",
  async (input: { connection_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const open = await banking.listMfaRequests(
      { connection_id: input.connection_id, status: [...OPEN_MFA_STATUSES] },
      { select: ["id", "status", "used_at"] }
    )
    if (open.length) {
      const now = new Date()
      await banking.updateMfaRequests(
        open.map((request) => ({ id: request.id, status: "resumed" as const, used_at: request.used_at ?? now }))
      )
    }
    return new StepResponse(
      { closed_ids: open.map((request) => request.id) },
      open.map((request) => ({ id: request.id, status: request.status, used_at: request.used_at }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateMfaRequests(before)
  }
)

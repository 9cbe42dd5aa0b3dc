import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/** MFA requests still waiting on the merchant: one per episode. */
export const OPEN_MFA_STATUSES = ["pending", "notified"] as const

/**
 * The bank asks for MFA: the connection's open MFA request for this episode, opened now if there
 * is none, so a job that meets the same question every run still has one request. Says whether the
 * recipients are due a message (first time, or a reminder after the interval). Undone by deleting
 * a request opened here.
 */
export const openMfaEpisodeStep = createStep(
  "open-mfa-episode",
  async (input: { connection_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const now = new Date()
    const [open] = await banking.listMfaRequests(
      { connection_id: input.connection_id, status: [...OPEN_MFA_STATUSES] },
      { order: { detected_at: "ASC" }, take: 1 }
    )
    if (open) {
      const interval = banking.mfaOptions().reminderIntervalHours * 3_600_000
      const notifyDue = !open.notified_at || now.getTime() - new Date(open.notified_at).getTime() >= interval
      return new StepResponse({ mfa_request_id: open.id, opened: false, notify_due: notifyDue }, null)
    }
    const created = await banking.createMfaRequests({
      connection_id: input.connection_id,
      detected_at: now,
      status: "pending",
    })
    return new StepResponse({ mfa_request_id: created.id, opened: true, notify_due: true }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).deleteMfaRequests(createdId)
  }
)

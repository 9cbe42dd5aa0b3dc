import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/** Records that the recipients were told, and when. Undone by restoring what was there. */
export const markMfaNotifiedStep = createStep(
  "mark-mfa-notified",
  async (input: { mfa_request_id: string; recipients: string[] }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [before] = await banking.listMfaRequests(
      { id: input.mfa_request_id },
      { select: ["id", "status", "notified_at", "recipients"] }
    )
    await banking.updateMfaRequests({
      id: input.mfa_request_id,
      status: "notified",
      notified_at: new Date(),
      recipients: input.recipients,
    })
    return new StepResponse(
      true,
      before && { id: before.id, status: before.status, notified_at: before.notified_at, recipients: before.recipients }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateMfaRequests(before)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"

/** At most this many per sweep: the next sweep, a minute later, takes the rest. */
const SWEEP_SIZE = 50

export type DueLoginDiscard = { id: string; provider: FlinksProviderId; login_id_hash: string }

/** The refused logins whose next try at deletion is due, oldest due first. Reads only. */
export const listDueLoginDiscardsStep = createStep(
  "list-due-login-discards",
  async (input: { now: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const due = await banking.listLoginDiscards(
      { done_at: null, due_at: { $lte: new Date(input.now) } },
      { select: ["id", "provider", "login_id_hash"], order: { due_at: "ASC" }, take: SWEEP_SIZE }
    )
    return new StepResponse(due as DueLoginDiscard[])
  }
)

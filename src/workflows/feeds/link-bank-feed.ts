import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { createBankFeedStep } from "./steps/create-bank-feed"
import { validateFeedLinkStep } from "./steps/validate-feed-link"

export type LinkBankFeedInput = {
  bank_account_id: string
  ledger_account_id: string
  start_date: string
  actor_id: string | null
}

/** Maps a connected bank account to a ledger account; its transactions then import by themselves. */
export const linkBankFeedWorkflow = createWorkflow("banking-link-bank-feed", (input: LinkBankFeedInput) => {
  const validation = validateFeedLinkStep(
    transform({ input }, ({ input }) => ({
      bank_account_id: input.bank_account_id,
      ledger_account_id: input.ledger_account_id,
      start_date: input.start_date,
    }))
  )
  const feed = createBankFeedStep(
    transform({ input }, ({ input }) => ({
      bank_account_id: input.bank_account_id,
      ledger_account_id: input.ledger_account_id,
      start_date: input.start_date,
      linked_by: input.actor_id,
    }))
  )
  emitEventStep({
    eventName: BankingEvents.FEED_LINKED,
    data: transform({ feed }, ({ feed }) => ({
      id: feed.id,
      bank_account_id: feed.bank_account_id,
      ledger_account_id: feed.ledger_account_id,
    })) satisfies BankingEventData<typeof BankingEvents.FEED_LINKED>,
  })
  return new WorkflowResponse(
    transform({ feed, validation }, ({ feed, validation }) => ({ feed, notice: validation.notice }))
  )
})

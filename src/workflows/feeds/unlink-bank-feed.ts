import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { unlinkBankFeedStep } from "./steps/unlink-bank-feed"

/** Stops a feed; the lines already imported stay in the books. */
export const unlinkBankFeedWorkflow = createWorkflow("banking-unlink-bank-feed", (input: { id: string }) => {
  const feed = unlinkBankFeedStep(input)
  emitEventStep({
    eventName: BankingEvents.FEED_UNLINKED,
    data: transform({ feed }, ({ feed }) => ({
      id: feed.id,
      bank_account_id: feed.bank_account_id,
    })) satisfies BankingEventData<typeof BankingEvents.FEED_UNLINKED>,
  })
  return new WorkflowResponse(feed)
})

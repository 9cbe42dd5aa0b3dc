import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type CreateBankFeedInput = {
  bank_account_id: string
  ledger_account_id: string
  start_date: string
  linked_by: string | null
}

/** Links a bank account to a ledger account from a start date. Undone by deleting the feed. */
export const createBankFeedStep = createStep(
  "create-bank-feed",
  async (input: CreateBankFeedInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const feed = await banking.createBankFeeds({ ...input, status: "linked", linked_at: new Date() })
    return new StepResponse(feed, feed.id)
  },
  async (feedId, { container }) => {
    if (!feedId) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).deleteBankFeeds(feedId)
  }
)

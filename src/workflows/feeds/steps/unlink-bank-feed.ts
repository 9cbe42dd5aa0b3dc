import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/** Stops a feed: nothing more is imported for it; what was imported stays. Undone by relinking it. */
export const unlinkBankFeedStep = createStep(
  "unlink-bank-feed",
  async (input: { id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [feed] = await banking.listBankFeeds({ id: input.id })
    if (!feed) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
    }
    if (feed.status !== "linked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This bank feed is already unlinked.")
    }
    const updated = await banking.updateBankFeeds({ id: feed.id, status: "unlinked", unlinked_at: new Date() })
    return new StepResponse(updated, feed.id)
  },
  async (feedId, { container }) => {
    if (!feedId) return
    await container
      .resolve<IBankingModuleService>(BANKING_MODULE)
      .updateBankFeeds({ id: feedId, status: "linked", unlinked_at: null })
  }
)

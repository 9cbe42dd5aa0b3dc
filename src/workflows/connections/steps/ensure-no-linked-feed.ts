import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/**
 * A connection whose accounts still feed the books cannot be deleted: the merchant first decides,
 * feed by feed, to stop them. Reads only.
 */
export const ensureConnectionHasNoLinkedFeedStep = createStep(
  "ensure-connection-has-no-linked-feed",
  async (input: { connection_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const accounts = await banking.listBankAccounts({ connection_id: input.connection_id }, { select: ["id", "title"] })
    const linked = accounts.length
      ? await banking.listBankFeeds(
          { bank_account_id: accounts.map((account) => account.id), status: "linked" },
          { relations: ["bank_account", "ledger_account"] }
        )
      : []
    if (linked.length) {
      const mappings = linked
        .map((feed) => `${feed.bank_account.title} → ${feed.ledger_account.code} ${feed.ledger_account.name}`)
        .join(", ")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Unlink the mapping first: ${mappings} ${linked.length > 1 ? "are" : "is"} still linked. Nothing was deleted.`
      )
    }
    return new StepResponse(accounts.map((account) => account.id))
  }
)

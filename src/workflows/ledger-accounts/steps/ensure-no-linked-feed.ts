import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { accountLabel } from "../ledger-account-rules"

export type EnsureNoLinkedFeedInput = {
  account: { id: string; code: string; name: string }
  /** What the merchant tried, for the sentence that refuses it. */
  change: "archive" | "change-currency"
}

const REFUSALS: Record<EnsureNoLinkedFeedInput["change"], (label: string) => string> = {
  archive: (label) => `Ledger account ${label} receives a linked bank feed and cannot be archived.`,
  "change-currency": (label) =>
    `The currency of ledger account ${label} cannot change while a linked bank feed posts to it in that currency.`,
}

/**
 * Refuses to archive a ledger account, or to change its currency, while a linked bank feed posts
 * to it: the feed would keep writing to an account the merchant retired, or in the wrong currency.
 * Names the bank accounts so the merchant knows which feeds to unlink. Writes nothing.
 *
 * @example ensureNoLinkedFeedStep({ account, change: "archive" })
 */
export const ensureNoLinkedFeedStep = createStep(
  "ensure-ledger-account-has-no-linked-feed",
  async (input: EnsureNoLinkedFeedInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const feeds = await banking.listBankFeeds(
      { ledger_account_id: input.account.id, status: "linked" },
      { relations: ["bank_account"] }
    )
    if (!feeds.length) return
    const bankAccounts = feeds.map(({ bank_account: bank }) =>
      bank.account_number_masked ? `${bank.title} (${bank.account_number_masked})` : bank.title
    )
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${REFUSALS[input.change](accountLabel(input.account))} Unlink the bank feed of ${joinWithAnd(bankAccounts)} first.`
    )
  }
)

function joinWithAnd(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`
}

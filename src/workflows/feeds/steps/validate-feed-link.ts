import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addDays, daysBetween, isCalendarDate, todayIn } from "../../../lib/calendar-date"
import { FLINKS_HISTORY_DAYS } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import { FEED_LEDGER_ACCOUNT_TYPES, type IBankingModuleService } from "../../../types"

export type ValidateFeedLinkInput = { bank_account_id: string; ledger_account_id: string; start_date: string }

/**
 * Checks a feed can be linked: the bank account is connected and not fed already, the ledger
 * account is an active asset or liability account in the same currency, the start date is a real
 * date not in the future.
 * Returns a notice when the start date reaches further back than Flinks can. Writes nothing.
 */
export const validateFeedLinkStep = createStep(
  "validate-feed-link",
  async (input: ValidateFeedLinkInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

    if (!isCalendarDate(input.start_date)) {
      throw invalid(`The transaction start date must be a date written YYYY-MM-DD; "${input.start_date}" is not.`)
    }
    // The server's day in UTC, as the import counts it.
    const today = todayIn("UTC")
    if (input.start_date > today) {
      throw invalid("The transaction start date cannot be in the future.")
    }

    const [account] = await banking.listBankAccounts({ id: input.bank_account_id }, { relations: ["connection"] })
    if (!account || account.connection.status === "disconnected") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank account is not connected.")
    }
    const [linked] = await banking.listBankFeeds({ bank_account_id: account.id, status: "linked" })
    if (linked) {
      throw invalid(`${account.title} already has a linked bank feed. Unlink it first to link it again.`)
    }
    const [ledger] = await banking.listLedgerAccounts({ id: input.ledger_account_id })
    if (!ledger) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This ledger account does not exist.")
    }
    if (ledger.archived_at) {
      throw invalid(`Ledger account ${ledger.code} ${ledger.name} is archived; pick an active one.`)
    }
    if (!(FEED_LEDGER_ACCOUNT_TYPES as readonly string[]).includes(ledger.type)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Ledger account ${ledger.code} ${ledger.name} is ${article(ledger.type)} ${ledger.type} account, and a bank feed posts only to an asset or liability account: the one that stands for ${account.title} in your books. Pick one of those.`
      )
    }
    if (ledger.currency_code.toUpperCase() !== account.currency_code.toUpperCase()) {
      throw invalid(
        `${account.title} is in ${account.currency_code} but ledger account ${ledger.code} ${ledger.name} is in ${ledger.currency_code}: pick a ledger account in ${account.currency_code}.`
      )
    }

    const reach = daysBetween(input.start_date, today)
    const notice =
      reach > FLINKS_HISTORY_DAYS - 1
        ? `Flinks returns at most the last ${FLINKS_HISTORY_DAYS} days: transactions before ${earliestAvailable(today)} cannot be imported.`
        : null
    return new StepResponse({ notice })
  }
)

const earliestAvailable = (today: string) => addDays(today, -(FLINKS_HISTORY_DAYS - 1))

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a")

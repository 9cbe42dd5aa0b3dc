import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"

export type ImportTarget = {
  feed_id: string
  bank_account_id: string
  provider_account_id: string
  currency_code: string
  start_date: string
  high_water_date: string | null
}

export type ImportTargets = { connection_id: string; provider: FlinksProviderId; feeds: ImportTarget[] }

/** The linked feeds of one connection (or the named ones among them). Reads only. */
export const loadImportTargetsStep = createStep(
  "load-import-targets",
  async (input: { connection_id: string; feed_ids?: string[] }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [connection] = await banking.listBankConnections({ id: input.connection_id }, { relations: ["accounts"] })
    if (!connection || connection.status === "disconnected") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank connection ${input.connection_id} was not found.`)
    }
    const accounts = new Map(connection.accounts.map((account) => [account.id, account]))
    const feeds = await banking.listBankFeeds({
      status: "linked",
      bank_account_id: [...accounts.keys()],
      ...(input.feed_ids?.length ? { id: input.feed_ids } : {}),
    })
    const targets: ImportTargets = {
      connection_id: connection.id,
      provider: connection.provider,
      feeds: feeds.map((feed) => {
        const account = accounts.get(feed.bank_account_id)!
        return {
          feed_id: feed.id,
          bank_account_id: account.id,
          provider_account_id: account.provider_account_id,
          currency_code: account.currency_code,
          start_date: feed.start_date,
          high_water_date: feed.high_water_date,
        }
      }),
    }
    return new StepResponse(targets)
  }
)

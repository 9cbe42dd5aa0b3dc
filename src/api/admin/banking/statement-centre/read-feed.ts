import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ExportAccount } from "../../../../lib/statement-export"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"

/**
 * A feed of the Statement Centre with what its files name: the bank, the account, the ledger
 * account. A feed whose connection was deleted with its lines kept is still found.
 */
export async function readCentreFeed(scope: MedusaContainer, feedId: string) {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds(
    { id: feedId, deleted_at: null },
    { relations: ["bank_account", "bank_account.connection", "ledger_account"], withDeleted: true }
  )
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
  const account = feed.bank_account
  const exportAccount: ExportAccount = {
    bank_account_id: account.id,
    title: account.title,
    institution_name: account.connection.institution_name,
    institution_number: account.institution_number,
    transit_number: account.transit_number,
    type: account.type,
    currency_code: account.currency_code,
    ledger_account: { code: feed.ledger_account.code, name: feed.ledger_account.name },
  }
  return { feed, account: exportAccount }
}

/** 404 unless the feed exists (its connection may be deleted); the cheap check the list routes need. */
export async function ensureCentreFeed(scope: MedusaContainer, feedId: string) {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds({ id: feedId, deleted_at: null }, { select: ["id"], withDeleted: true })
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
}

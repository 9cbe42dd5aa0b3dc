import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../types"
import { connectionNaming } from "../../connections/present-connections"
import { byConnectionInBankOrder } from "../../../../../lib/banking/bank-order"
import type { AdminAvailableBankAccountsResponse } from "../../../../../types/http"

/**
 * "Bank Account Feeds": connected accounts that no linked feed imports yet, connection by
 * connection (oldest first), each in the bank's order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAvailableBankAccountsResponse>) {
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const linked = new Set(
    (await banking.listBankFeeds({ status: "linked" }, { select: ["bank_account_id"] })).map((f) => f.bank_account_id)
  )
  const accounts = await banking.listBankAccounts({}, { relations: ["connection"] })
  res.json({
    bank_accounts: byConnectionInBankOrder(accounts)
      .filter((account) => !linked.has(account.id) && account.connection.status !== "disconnected")
      .map((account) => ({
        id: account.id,
        title: account.title,
        account_number_masked: account.account_number_masked,
        type: account.type,
        category: account.category,
        currency_code: account.currency_code,
        institution_name: account.connection.institution_name,
        provider: account.connection.provider,
        ...connectionNaming(account.connection),
      })),
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../modules/banking"
import BankingModuleService from "../../../../../modules/banking/service"

/** "Bank Account Feeds": connected accounts that no linked feed imports yet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const banking = req.scope.resolve<BankingModuleService>(BANKING_MODULE)
  const linked = new Set((await banking.listBankFeeds({ status: "linked" }, { select: ["bank_account_id"] })).map((f) => f.bank_account_id))
  const accounts = await banking.listBankAccounts({}, { relations: ["connection"], order: { title: "ASC" } })
  res.json({
    bank_accounts: accounts
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
      })),
  })
}

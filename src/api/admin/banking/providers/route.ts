import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../modules/banking"
import BankingModuleService from "../../../../modules/banking/service"

/** The bank-data providers (Flinks Canada, Flinks USA), and whether each is configured. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const banking = req.scope.resolve<BankingModuleService>(BANKING_MODULE)
  res.json({ providers: banking.listProviders() })
}

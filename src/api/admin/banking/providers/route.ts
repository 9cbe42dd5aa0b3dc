import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import type { AdminBankingProvidersResponse } from "../../../../types/http"

/** The bank-data providers (Flinks Canada, Flinks USA), and whether each is configured. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminBankingProvidersResponse>) {
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  res.json({ providers: banking.listProviders() })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { AdminListInstitutionsType, ProviderParam } from "../../validators"
import type { AdminBankInstitutionsResponse } from "../../../../../../types/http"

/** The banks a merchant can pick for one provider's country, Flinks Capital first. */
export async function GET(
  req: MedusaRequest<unknown, AdminListInstitutionsType>,
  res: MedusaResponse<AdminBankInstitutionsResponse>
) {
  const provider = ProviderParam.parse(req.params.id)
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  res.json({ institutions: banking.listInstitutions(provider, req.validatedQuery.q as string | undefined) })
}

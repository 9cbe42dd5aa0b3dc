import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { readCentreFeed } from "../../../statement-centre/read-feed"
import type { AdminBankFeedBalancesResponse } from "../../../../../../types/http"

/** The account's end-of-day balance over time, from the running balances of the feed's lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankFeedBalancesResponse>) {
  const { account } = await readCentreFeed(req.scope, req.params.id)
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const balances = await banking.feedBalanceHistory({ feed_id: req.params.id })
  res.json({ currency_code: account.currency_code, balances })
}

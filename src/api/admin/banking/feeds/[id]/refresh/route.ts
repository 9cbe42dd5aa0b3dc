import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import BankingModuleService from "../../../../../../modules/banking/service"
import { readFeeds } from "../../read-feeds"
import { runImport } from "../../run-import"

/** Refresh Transactions: imports what is new for this feed now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const banking = req.scope.resolve<BankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds({ id: req.params.id })
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
  if (feed.status !== "linked") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a linked bank feed can be refreshed.")
  }
  const sync = await runImport(req.scope, feed.id, "manual")
  const [updated] = await readFeeds(req.scope, { id: feed.id })
  res.json({ feed: updated, sync })
}

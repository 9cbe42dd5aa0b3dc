import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { readFeeds } from "../../read-feeds"
import { requestFeedImport } from "../../request-feed-import"
import type { AdminRefreshBankFeedResponse } from "../../../../../../types/http"

/**
 * Refresh Transactions: starts the import of what is new for this feed and answers at once (202)
 * with the run to follow; a click while one runs answers 200 with that same run. A person is
 * there, so the run signs in live at the bank: its question, if it asks one, is answered on screen.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRefreshBankFeedResponse>) {
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds({ id: req.params.id })
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
  if (feed.status !== "linked") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a linked bank feed can be refreshed.")
  }
  const { run, created } = await requestFeedImport(req.scope, feed.id, "manual", req.auth_context.actor_id, "live")
  const [updated] = await readFeeds(req.scope, { id: feed.id })
  res.status(created ? 202 : 200).json({ feed: updated, sync_run: run })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../../modules/banking"
import BankingModuleService from "../../../../../../../modules/banking/service"
import { readCentreFeed } from "../../../../statement-centre/read-feed"
import { periodOf, sendExport } from "../../../../statement-centre/send-export"
import { AdminExportFeedTransactionsType } from "../../../../statement-centre/validators"

/** Download of the lines the Detailed View's filters select, in their order, as CSV or OFX. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, sort, ...filters } = req.validatedQuery as AdminExportFeedTransactionsType
  const { account } = await readCentreFeed(req.scope, req.params.id)
  const banking = req.scope.resolve<BankingModuleService>(BANKING_MODULE)
  const { transactions } = await banking.listFeedTransactions(
    { ...filters, feed_id: req.params.id },
    { order: sort }
  )
  const period = periodOf(transactions, { start: filters.date_from, end: filters.date_to })
  sendExport(res, { format, account, lines: transactions, period })
}

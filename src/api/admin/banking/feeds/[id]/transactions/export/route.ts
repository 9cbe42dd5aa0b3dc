import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readFileLines } from "../../../../statement-centre/file-lines"
import { readCentreFeed } from "../../../../statement-centre/read-feed"
import { periodOf, sendExport } from "../../../../statement-centre/send-export"
import { AdminExportFeedTransactionsType } from "../../../../statement-centre/validators"

/** Download of the lines the Detailed View's filters select, oldest first, as CSV or OFX. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, ...filters } = req.validatedQuery as AdminExportFeedTransactionsType
  const { account } = await readCentreFeed(req.scope, req.params.id)
  const lines = await readFileLines(req.scope, { ...filters, feed_id: req.params.id })
  const period = periodOf(lines, { start: filters.date_from, end: filters.date_to })
  sendExport(res, { format, account, lines, period })
}

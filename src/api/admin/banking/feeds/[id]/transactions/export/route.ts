import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fileLines, fileSpan } from "../../../../statement-centre/file-lines"
import { readCentreFeed } from "../../../../statement-centre/read-feed"
import { periodOf, sendExport } from "../../../../statement-centre/send-export"
import { AdminExportFeedTransactionsType } from "../../../../statement-centre/validators"

/** Download of the lines the Detailed View's filters select, oldest first, as CSV or OFX, streamed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, ...query } = req.validatedQuery as AdminExportFeedTransactionsType
  const { account } = await readCentreFeed(req.scope, req.params.id)
  const filters = { ...query, feed_id: req.params.id }
  const period = periodOf(await fileSpan(req.scope, filters), { start: query.date_from, end: query.date_to })
  await sendExport(req.scope, res, { format, account, lines: fileLines(req.scope, filters), period })
}

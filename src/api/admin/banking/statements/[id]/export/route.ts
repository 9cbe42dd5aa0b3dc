import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { fileLines } from "../../../statement-centre/file-lines"
import { readCentreFeed } from "../../../statement-centre/read-feed"
import { sendExport } from "../../../statement-centre/send-export"
import { AdminExportStatementType } from "../../../statement-centre/validators"

/** Download of one statement's live lines, oldest first, as CSV or OFX, named after its period, streamed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format } = req.validatedQuery as AdminExportStatementType
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [statement] = await banking.listBankStatements(
    { id: req.params.id },
    { select: ["id", "feed_id", "period_start", "period_end"] }
  )
  if (!statement?.feed_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This statement does not exist.")
  }
  const { account } = await readCentreFeed(req.scope, statement.feed_id)
  await sendExport(req.scope, res, {
    format,
    account,
    lines: fileLines(req.scope, { feed_id: statement.feed_id, statement_id: statement.id }),
    period: { start: statement.period_start, end: statement.period_end },
  })
}

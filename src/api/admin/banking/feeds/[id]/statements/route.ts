import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../../types"
import { wireTime } from "../../../../../utils/wire-time"
import { ensureCentreFeed } from "../../../statement-centre/read-feed"
import { AdminListFeedStatementsType } from "../../../statement-centre/validators"
import type { AdminBankStatementsResponse } from "../../../../../../types/http"

/** Header View: the feed's statements, newest first, with totals and reconciliation progress. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankStatementsResponse>) {
  const { limit, offset } = req.validatedQuery as AdminListFeedStatementsType
  const banking = req.scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { statements, count } = await banking.listFeedStatements({ feed_id: req.params.id, limit, offset })
  // Statements found prove the feed exists; only an empty answer needs the look-up that tells 404.
  if (!count) await ensureCentreFeed(req.scope, req.params.id)
  res.json({
    statements: statements.map((statement) => ({ ...statement, created_at: wireTime(statement.created_at) })),
    count,
    offset,
    limit,
  })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openRefreshQuestionWorkflow } from "../../../../../../workflows"
import { presentConnectSession } from "../../../connect-sessions/present-connect-session"
import { flinksRedirectUrl } from "../../../connect-sessions/redirect-url"
import { readSyncRun } from "../../present-sync-run"
import type { AdminRunQuestionResponse } from "../../../../../../types/http"

/**
 * Refresh Transactions met the bank's question: the Connect session that opens at it, so the
 * merchant answers right there; the run waits for that answer.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRunQuestionResponse>) {
  const { result } = await openRefreshQuestionWorkflow(req.scope).run({
    input: { sync_run_id: req.params.id, actor_id: req.auth_context.actor_id, redirect_url: flinksRedirectUrl(req) },
  })
  res.json({ connect_session: presentConnectSession(result), sync_run: await readSyncRun(req.scope, req.params.id) })
}

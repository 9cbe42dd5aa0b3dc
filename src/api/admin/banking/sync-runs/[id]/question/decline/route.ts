import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { declineRefreshQuestionWorkflow } from "../../../../../../../workflows"
import { readSyncRun } from "../../../present-sync-run"
import type { AdminSyncRunResponse } from "../../../../../../../types/http"

/** The merchant closed the bank's question: the run imports what Flinks already held. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSyncRunResponse>) {
  await declineRefreshQuestionWorkflow(req.scope).run({ input: { sync_run_id: req.params.id } })
  res.json({ sync_run: await readSyncRun(req.scope, req.params.id) })
}

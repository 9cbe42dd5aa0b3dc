import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestSyncRunWorkflow } from "../../../../../../workflows"
import { readSyncRun } from "../../../sync-runs/present-sync-run"
import { readConnection } from "../../read-connection"
import type { AdminCheckBankConnectionResponse } from "../../../../../../types/http"

/**
 * Check Now: the background MFA check for one connection, on demand. It starts a run that signs
 * in live with the stored login and answers at once (202) with it; when the bank asks for MFA the
 * recipients get the resume email as they would from the schedule.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCheckBankConnectionResponse>) {
  const { result } = await requestSyncRunWorkflow(req.scope).run({
    input: {
      connection_id: req.params.id,
      kind: "mfa_check",
      trigger: "manual",
      requested_by: req.auth_context.actor_id,
      in_background: true,
    },
  })
  const syncRun = await readSyncRun(req.scope, result.id)
  res
    .status(result.created ? 202 : 200)
    .json({ sync_run: syncRun, connection: await readConnection(req.scope, req.params.id) })
}

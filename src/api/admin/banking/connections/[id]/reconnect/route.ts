import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startReconnectSessionWorkflow } from "../../../../../../workflows/connections"
import { presentConnectSession } from "../../../connect-sessions/present-connect-session"
import { flinksRedirectUrl } from "../../../connect-sessions/redirect-url"
import { readConnection } from "../../read-connection"
import type { AdminReconnectBankConnectionResponse } from "../../../../../../types/http"

/**
 * Edit Credentials: asks the bank through the stored login. Either it is fine again, or the answer
 * carries the Flinks Connect session to answer the bank's question or to sign in again.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReconnectBankConnectionResponse>) {
  const { result } = await startReconnectSessionWorkflow(req.scope).run({
    input: { connection_id: req.params.id, actor_id: req.auth_context.actor_id, redirect_url: flinksRedirectUrl(req) },
  })
  if (result.outcome === "active") {
    res.json({ outcome: "active", connection: await readConnection(req.scope, result.connection_id) })
    return
  }
  res.json({ outcome: "connect", step: result.step, connect_session: presentConnectSession(result.connect_session) })
}

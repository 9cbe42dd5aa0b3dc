import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeConnectionWorkflow } from "../../../../../workflows/connections"
import { readConnection } from "../../connections/read-connection"
import type { AdminCompleteConnectSession, AdminCompleteConnectSessionResponse } from "../../../../../types/http"

/** The widget's REDIRECT, relayed by the admin screen: verify it, store the connection. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCompleteConnectSession>,
  res: MedusaResponse<AdminCompleteConnectSessionResponse>
) {
  const { result } = await completeConnectionWorkflow(req.scope).run({
    input: {
      state: req.validatedBody.state,
      login_id: req.validatedBody.login_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ connection: await readConnection(req.scope, result.connection_id), created: result.created })
}

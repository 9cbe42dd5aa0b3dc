import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../../../modules/banking"
import type { IBankingModuleService } from "../../../../../types"
import { completeConnectionWorkflow } from "../../../../../workflows/connections"
import { readConnection } from "../../connections/read-connection"
import type { AdminCompleteConnectSession, AdminCompleteConnectSessionResponse } from "../../../../../types/http"

/** The widget's REDIRECT, relayed by the admin screen: verify it, store the connection. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCompleteConnectSession>,
  res: MedusaResponse<AdminCompleteConnectSessionResponse>
) {
  // Sealed at once: the workflow, and whatever it records, carries only the ciphertext and the hash.
  const login = req.scope.resolve<IBankingModuleService>(BANKING_MODULE).gateway.sealLogin(req.validatedBody.login_id)
  const { result } = await completeConnectionWorkflow(req.scope).run({
    input: {
      state: req.validatedBody.state,
      login,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ connection: await readConnection(req.scope, result.connection_id), created: result.created })
}

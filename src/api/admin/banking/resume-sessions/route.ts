import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startResumeSessionWorkflow } from "../../../../workflows/resume"
import { presentConnectSession } from "../connect-sessions/present-connect-session"
import { flinksRedirectUrl } from "../connect-sessions/redirect-url"
import { readConnection } from "../connections/read-connection"
import type { AdminResumeSessionResponse, AdminStartResumeSession } from "../../../../types/http"

/**
 * The Resume page opens the emailed link here. Either the bank let the login in at once, or the
 * answer carries the Flinks Connect session that opens at the bank's question.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminStartResumeSession>,
  res: MedusaResponse<AdminResumeSessionResponse>
) {
  const { result } = await startResumeSessionWorkflow(req.scope).run({
    input: {
      token: req.validatedBody.token,
      actor_id: req.auth_context.actor_id,
      redirect_url: flinksRedirectUrl(req),
    },
  })
  const connection = await readConnection(req.scope, result.connection_id)
  if (result.outcome === "active") {
    res.json({ outcome: "active", connection })
    return
  }
  res.json({
    outcome: "connect",
    step: result.step,
    connect_session: presentConnectSession(result.connect_session),
    connection,
  })
}

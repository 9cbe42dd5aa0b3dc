import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startConnectSessionWorkflow } from "../../../../workflows/connections"
import { presentConnectSession } from "./present-connect-session"
import { flinksRedirectUrl } from "./redirect-url"
import type { AdminConnectSessionResponse, AdminStartConnectSession } from "../../../../types/http"

/** Starts one Flinks Connect flow for the logged-in admin, once they agreed to the privacy statement. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminStartConnectSession>,
  res: MedusaResponse<AdminConnectSessionResponse>
) {
  const { result } = await startConnectSessionWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      actor_id: req.auth_context.actor_id,
      redirect_url: flinksRedirectUrl(req),
    },
  })
  res.json({ connect_session: presentConnectSession(result) })
}

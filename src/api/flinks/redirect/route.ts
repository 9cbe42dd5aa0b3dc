import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { completeConnectionWorkflow } from "../../../workflows/connections"
import { redirectPage } from "./page"
import { FlinksRedirectQueryType } from "./validators"

/**
 * Flinks Connect's redirect target, the only public route. It accepts nothing but a state this
 * server issued (see the complete-connection workflow), and answers with a page, not JSON.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, FlinksRedirectQueryType>, res: MedusaResponse) {
  const query = req.validatedQuery as FlinksRedirectQueryType
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  try {
    const { result } = await completeConnectionWorkflow(req.scope).run({
      input: { state: query.state, login_id: query.loginId, actor_id: req.auth_context?.actor_id ?? null },
    })
    res.status(200).type("html").send(redirectPage({ connection_id: result.connection_id }))
  } catch (error) {
    const { statusCode, body } = getHttpResponseFromError(error)
    res.status(statusCode).type("html").send(redirectPage({ error: body.message ?? "The bank could not be connected." }))
  }
}

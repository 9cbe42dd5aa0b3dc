import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { completeConnectionWorkflow } from "../../../workflows/connections"
import { redirectPage } from "./page"
import { FlinksRedirectQuery } from "./validators"

const NOT_A_RETURN = "This address is not a return from a bank sign-in. Start again from Connect Bank Accounts."

/**
 * Flinks Connect's redirect target, the only public route. It accepts nothing but a state this
 * server issued (see the complete-connection workflow), and answers with a page, not JSON.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  // Checked here, not by validateAndTransformQuery: Medusa logs that middleware's error message,
  // which quotes the value it refused, and here every value may be a LoginId or a state.
  const query = FlinksRedirectQuery.safeParse(req.query)
  if (!query.success) {
    res
      .status(400)
      .type("html")
      .send(redirectPage({ error: NOT_A_RETURN }))
    return
  }
  // Caught here, not left to Medusa's error handler: this route answers a browser with a page, never
  // JSON, and the page carries the workflow's sentence.
  try {
    // Sealed at once: the workflow, and whatever it records, carries only the ciphertext and the hash.
    const login = req.scope.resolve<IBankingModuleService>(BANKING_MODULE).gateway.sealLogin(query.data.loginId)
    const { result } = await completeConnectionWorkflow(req.scope).run({
      input: { state: query.data.state, login, actor_id: req.auth_context?.actor_id ?? null },
    })
    res
      .status(200)
      .type("html")
      .send(redirectPage({ connection_id: result.connection_id }))
  } catch (error) {
    const { statusCode, body } = getHttpResponseFromError(error)
    res
      .status(statusCode)
      .type("html")
      .send(redirectPage({ error: body.message ?? "The bank could not be connected." }))
  }
}

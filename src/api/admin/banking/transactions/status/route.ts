import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setTransactionStatusWorkflow } from "../../../../../workflows"
import type { AdminSetBankTransactionStatus, AdminSetBankTransactionStatusResponse } from "../../../../../types/http"

/** Marks lines reconciled or excluded, or undoes it, recording who and when. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetBankTransactionStatus>,
  res: MedusaResponse<AdminSetBankTransactionStatusResponse>
) {
  const { result } = await setTransactionStatusWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json(result)
}

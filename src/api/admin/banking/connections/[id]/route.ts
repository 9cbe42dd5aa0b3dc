import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBankConnectionWorkflow } from "../../../../../workflows/connections"
import { AdminDeleteBankConnectionType } from "../validators"
import type { AdminDeleteBankConnectionResponse } from "../../../../../types/http"

/** Delete Account: the connection goes, the login is deleted at Flinks; imported lines as chosen. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeleteBankConnectionResponse>) {
  const { keep_transactions } = req.validatedQuery as AdminDeleteBankConnectionType
  const { result } = await deleteBankConnectionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      keep_transactions: keep_transactions === "true",
    },
  })
  res.json({ id: result.id, object: "bank_connection", deleted: true, transactions_kept: result.transactions_kept })
}

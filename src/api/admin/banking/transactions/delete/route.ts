import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTransactionsWorkflow } from "../../../../../workflows"
import { AdminDeleteTransactionsType } from "../../statement-centre/validators"
import type { AdminDeleteBankTransactionsResponse } from "../../../../../types/http"

/** Deletes selected lines (reconciled ones only when confirmed); the import never brings them back. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminDeleteTransactionsType>,
  res: MedusaResponse<AdminDeleteBankTransactionsResponse>
) {
  const { result } = await deleteTransactionsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTransactionsWorkflow } from "../../../../../workflows"
import { AdminDeleteTransactionsType } from "../../statement-centre/validators"

/** Deletes selected lines (reconciled ones only when confirmed); the import never brings them back. */
export async function POST(req: AuthenticatedMedusaRequest<AdminDeleteTransactionsType>, res: MedusaResponse) {
  const { result } = await deleteTransactionsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteStatementWorkflow } from "../../../../../workflows"
import { AdminDeleteStatementType } from "../../statement-centre/validators"
import type { AdminDeleteBankStatementResponse } from "../../../../../types/http"

/** Deletes a statement and its lines (with reconciled lines only when confirmed). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeleteBankStatementResponse>) {
  const { confirm_reconciled } = req.validatedQuery as AdminDeleteStatementType
  const { result } = await deleteStatementWorkflow(req.scope).run({
    input: { id: req.params.id, confirm_reconciled: confirm_reconciled === "true" },
  })
  res.json({ id: result.id, object: "bank_statement", deleted: true, deleted_lines: result.deleted_lines })
}

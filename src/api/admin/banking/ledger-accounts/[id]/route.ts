import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateLedgerAccountWorkflow } from "../../../../../workflows/ledger-accounts"
import { readLedgerAccount } from "../read-ledger-account"
import type { AdminLedgerAccountResponse, AdminUpdateLedgerAccount } from "../../../../../types/http"

/** Edits a ledger account's code, name, type, currency or description. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateLedgerAccount>,
  res: MedusaResponse<AdminLedgerAccountResponse>
) {
  await updateLedgerAccountWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ ledger_account: await readLedgerAccount(req.scope, req.params.id) })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importLedgerAccountsWorkflow } from "../../../../../workflows/ledger-accounts"
import type { AdminImportLedgerAccounts, AdminLedgerAccountImportResponse } from "../../../../../types/http"

/** Imports a chart of accounts from the text of a CSV file; answers what happened to each row. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminImportLedgerAccounts>,
  res: MedusaResponse<AdminLedgerAccountImportResponse>
) {
  const { result } = await importLedgerAccountsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}

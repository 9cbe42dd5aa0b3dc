import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveLedgerAccountWorkflow } from "../../../../../../workflows/ledger-accounts"
import { readLedgerAccount } from "../../read-ledger-account"
import type { AdminLedgerAccountResponse } from "../../../../../../types/http"

/** Retires a ledger account, unless a linked bank feed still posts to it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLedgerAccountResponse>) {
  await archiveLedgerAccountWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ ledger_account: await readLedgerAccount(req.scope, req.params.id) })
}

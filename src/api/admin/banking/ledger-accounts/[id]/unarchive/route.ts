import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unarchiveLedgerAccountWorkflow } from "../../../../../../workflows/ledger-accounts"
import { readLedgerAccount } from "../../read-ledger-account"
import type { AdminLedgerAccountResponse } from "../../../../../../types/http"

/** Brings an archived ledger account back into the chart. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLedgerAccountResponse>) {
  await unarchiveLedgerAccountWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ ledger_account: await readLedgerAccount(req.scope, req.params.id) })
}

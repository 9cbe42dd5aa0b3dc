import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLedgerAccount } from "../../../../types/http"
import { ledgerAccountFields } from "./query-config"

/** One ledger account as the admin sees it, after a change. */
export async function readLedgerAccount(scope: MedusaContainer, id: string): Promise<AdminLedgerAccount> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ledger_account", fields: ledgerAccountFields, filters: { id } })
  return data[0]
}

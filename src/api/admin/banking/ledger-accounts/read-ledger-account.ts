import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ledgerAccountFields } from "./query-config"

/** One ledger account as the admin sees it, after a change. */
export async function readLedgerAccount(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ledger_account", fields: ledgerAccountFields, filters: { id } })
  return data[0]
}

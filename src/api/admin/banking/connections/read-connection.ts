import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminBankConnection } from "../../../../types/http"
import { presentConnections } from "./present-connections"
import { connectionFields } from "./query-config"

/** One connection as the admin sees it (never its LoginId). */
export async function readConnection(scope: MedusaContainer, id: string): Promise<AdminBankConnection> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "bank_connection", fields: connectionFields, filters: { id } })
  const [connection] = await presentConnections(scope, data)
  return connection
}

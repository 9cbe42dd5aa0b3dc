import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentConnections } from "./present-connections"
import type { AdminBankConnectionsResponse } from "../../../../types/http"

/** Every bank connection with its health, accounts and linked feeds, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankConnectionsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: connections, metadata } = await query.graph({
    entity: "bank_connection",
    fields: req.queryConfig.fields,
    filters: { status: { $ne: "disconnected" } },
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  res.json({
    connections: await presentConnections(req.scope, connections),
    count: metadata?.count ?? connections.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? connections.length,
  })
}

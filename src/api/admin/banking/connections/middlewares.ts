import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listConnectionsQueryConfig } from "./query-config"
import { AdminListBankConnections } from "./validators"

export const bankConnectionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/connections",
    middlewares: [validateAndTransformQuery(AdminListBankConnections, listConnectionsQueryConfig)],
  },
]

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listConnectionsQueryConfig } from "./query-config"
import { AdminDeleteBankConnection, AdminListBankConnections, AdminReconnectBankConnection } from "./validators"

export const bankConnectionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/connections",
    middlewares: [validateAndTransformQuery(AdminListBankConnections, listConnectionsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/connections/:id/reconnect",
    middlewares: [validateAndTransformBody(AdminReconnectBankConnection)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/connections/:id/check",
    middlewares: [validateAndTransformBody(AdminReconnectBankConnection)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/banking/connections/:id",
    middlewares: [validateAndTransformQuery(AdminDeleteBankConnection, {})],
  },
]

import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { listConnectionsQueryConfig } from "./query-config"
import { AdminDeleteBankConnection, AdminListBankConnections, connectionId } from "./validators"

export const bankConnectionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/connections",
    middlewares: strictInput({ query: AdminListBankConnections, queryConfig: listConnectionsQueryConfig }),
  },
  {
    // Edit Credentials and Check Now take nothing but the connection in the path.
    method: ["POST"],
    matcher: "/admin/banking/connections/:id/reconnect",
    middlewares: strictInput({ id: connectionId }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/connections/:id/check",
    middlewares: strictInput({ id: connectionId }),
  },
  {
    method: ["DELETE"],
    matcher: "/admin/banking/connections/:id",
    middlewares: strictInput({ id: connectionId, query: AdminDeleteBankConnection }),
  },
]

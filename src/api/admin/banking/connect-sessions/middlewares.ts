import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { AdminCompleteConnectSession, AdminStartConnectSession } from "./validators"

export const connectSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/banking/connect-sessions",
    middlewares: strictInput({ body: AdminStartConnectSession }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/connect-sessions/complete",
    middlewares: strictInput({ body: AdminCompleteConnectSession }),
  },
]

import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCompleteConnectSession, AdminStartConnectSession } from "./validators"

export const connectSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/banking/connect-sessions",
    middlewares: [validateAndTransformBody(AdminStartConnectSession)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/connect-sessions/complete",
    middlewares: [validateAndTransformBody(AdminCompleteConnectSession)],
  },
]

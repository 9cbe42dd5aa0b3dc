import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { hideQueryFromAccessLog } from "./hide-query-from-access-log"

export const flinksRedirectMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/flinks/redirect",
    middlewares: [
      // First, so that nothing after it can end the request with the LoginId and state still in
      // the line the access log prints.
      hideQueryFromAccessLog,
      // Public: Flinks sends the browser here. When the admin's session comes along, the state
      // must also belong to that admin.
      authenticate("user", ["session", "bearer"], { allowUnauthenticated: true }),
    ],
  },
]

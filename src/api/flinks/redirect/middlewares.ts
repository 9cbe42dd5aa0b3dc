import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../utils/strict-input"
import { FlinksRedirectQuery } from "./validators"

export const flinksRedirectMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/flinks/redirect",
    middlewares: [
      // Public: Flinks sends the browser here. When the admin's session comes along, the state
      // must also belong to that admin.
      authenticate("user", ["session", "bearer"], { allowUnauthenticated: true }),
      ...strictInput({ query: FlinksRedirectQuery }),
    ],
  },
]

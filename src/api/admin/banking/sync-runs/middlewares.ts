import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetSyncRun } from "./validators"

export const syncRunsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/sync-runs/:id",
    middlewares: [validateAndTransformQuery(AdminGetSyncRun, {})],
  },
]

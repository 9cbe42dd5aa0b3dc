import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { syncRunId } from "./validators"

export const syncRunsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/sync-runs/:id",
    middlewares: strictInput({ id: syncRunId }),
  },
]

import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { syncRunId } from "./validators"

export const syncRunsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/sync-runs/:id",
    middlewares: strictInput({ id: syncRunId }),
  },
  {
    // The bank's question met by Refresh Transactions: opened in Connect, or closed.
    method: ["POST"],
    matcher: "/admin/banking/sync-runs/:id/question",
    middlewares: strictInput({ id: syncRunId }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/sync-runs/:id/question/decline",
    middlewares: strictInput({ id: syncRunId }),
  },
]

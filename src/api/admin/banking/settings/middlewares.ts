import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { AdminUpdateBankingSettings } from "./validators"

export const bankingSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/settings",
    middlewares: strictInput({}),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/settings",
    middlewares: strictInput({ body: AdminUpdateBankingSettings }),
  },
]

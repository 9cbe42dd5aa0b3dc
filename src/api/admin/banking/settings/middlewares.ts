import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetBankingSettings, AdminUpdateBankingSettings } from "./validators"

export const bankingSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/settings",
    middlewares: [validateAndTransformQuery(AdminGetBankingSettings, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/settings",
    middlewares: [validateAndTransformBody(AdminUpdateBankingSettings)],
  },
]

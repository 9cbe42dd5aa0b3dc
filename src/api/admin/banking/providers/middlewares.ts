import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListInstitutions } from "./validators"

export const bankingProvidersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/providers/:id/institutions",
    middlewares: [validateAndTransformQuery(AdminListInstitutions, {})],
  },
]

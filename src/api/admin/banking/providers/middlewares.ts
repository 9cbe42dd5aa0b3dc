import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { AdminListInstitutions, ProviderParam } from "./validators"

export const bankingProvidersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/providers",
    middlewares: strictInput({}),
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/providers/:id/institutions",
    middlewares: strictInput({ id: ProviderParam.parse, query: AdminListInstitutions }),
  },
]

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminLinkBankFeed, AdminListBankFeeds } from "./validators"

export const bankFeedsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds",
    middlewares: [validateAndTransformQuery(AdminListBankFeeds, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/feeds",
    middlewares: [validateAndTransformBody(AdminLinkBankFeed)],
  },
]

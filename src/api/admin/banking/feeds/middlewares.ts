import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { AdminLinkBankFeed, AdminListBankFeeds, feedId } from "./validators"

/** Link Bank Feeds; the Statement Centre's routes under /feeds/:id are in statement-centre. */
export const bankFeedsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds",
    middlewares: strictInput({ query: AdminListBankFeeds }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/feeds",
    middlewares: strictInput({ body: AdminLinkBankFeed }),
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/available-accounts",
    middlewares: strictInput({}),
  },
  {
    // Refresh Transactions and unlinking take nothing but the feed in the path.
    method: ["POST"],
    matcher: "/admin/banking/feeds/:id/refresh",
    middlewares: strictInput({ id: feedId }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/feeds/:id/unlink",
    middlewares: strictInput({ id: feedId }),
  },
]

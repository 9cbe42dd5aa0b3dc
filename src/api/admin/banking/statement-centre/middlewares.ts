import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { feedId } from "../feeds/validators"
import {
  AdminDeleteStatement,
  AdminDeleteTransactions,
  AdminExportFeedTransactions,
  AdminExportStatement,
  AdminListFeedStatements,
  AdminListFeedTransactions,
  AdminSetTransactionStatus,
  statementId,
} from "./validators"

/** The Bank Statement Centre's routes: a feed's statements and lines, their status, downloads, deletes. */
export const statementCentreMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/statements",
    middlewares: strictInput({ id: feedId, query: AdminListFeedStatements }),
  },
  {
    // The balance picture takes no options.
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/balances",
    middlewares: strictInput({ id: feedId }),
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/transactions",
    middlewares: strictInput({ id: feedId, query: AdminListFeedTransactions }),
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/transactions/export",
    middlewares: strictInput({ id: feedId, query: AdminExportFeedTransactions }),
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/statements/:id/export",
    middlewares: strictInput({ id: statementId, query: AdminExportStatement }),
  },
  {
    method: ["DELETE"],
    matcher: "/admin/banking/statements/:id",
    middlewares: strictInput({ id: statementId, query: AdminDeleteStatement }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/transactions/status",
    middlewares: strictInput({ body: AdminSetTransactionStatus }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/transactions/delete",
    middlewares: strictInput({ body: AdminDeleteTransactions }),
  },
]

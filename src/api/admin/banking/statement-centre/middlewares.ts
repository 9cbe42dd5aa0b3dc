import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminDeleteStatement,
  AdminDeleteTransactions,
  AdminExportFeedTransactions,
  AdminExportStatement,
  AdminFeedBalances,
  AdminListFeedStatements,
  AdminListFeedTransactions,
  AdminSetTransactionStatus,
} from "./validators"

/** The Bank Statement Centre's routes: a feed's statements and lines, their status, downloads, deletes. */
export const statementCentreMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/statements",
    middlewares: [validateAndTransformQuery(AdminListFeedStatements, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/balances",
    middlewares: [validateAndTransformQuery(AdminFeedBalances, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/transactions",
    middlewares: [validateAndTransformQuery(AdminListFeedTransactions, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/feeds/:id/transactions/export",
    middlewares: [validateAndTransformQuery(AdminExportFeedTransactions, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/banking/statements/:id/export",
    middlewares: [validateAndTransformQuery(AdminExportStatement, {})],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/banking/statements/:id",
    middlewares: [validateAndTransformQuery(AdminDeleteStatement, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/transactions/status",
    middlewares: [validateAndTransformBody(AdminSetTransactionStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/transactions/delete",
    middlewares: [validateAndTransformBody(AdminDeleteTransactions)],
  },
]

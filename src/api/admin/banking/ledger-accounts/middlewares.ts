import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listLedgerAccountsQueryConfig } from "./query-config"
import {
  AdminCreateLedgerAccount,
  AdminImportLedgerAccounts,
  AdminListLedgerAccounts,
  AdminUpdateLedgerAccount,
} from "./validators"

// The routes sorter registers the static /import before /:id, and the import handler answers
// without passing on, so the edit validator never sees an import body.
export const ledgerAccountsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/ledger-accounts",
    middlewares: [validateAndTransformQuery(AdminListLedgerAccounts, listLedgerAccountsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts",
    middlewares: [validateAndTransformBody(AdminCreateLedgerAccount)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/import",
    // A 1 MB file grows in JSON (escaped quotes and line breaks, multi-byte letters).
    bodyParser: { sizeLimit: "5mb" },
    middlewares: [validateAndTransformBody(AdminImportLedgerAccounts)],
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/:id",
    middlewares: [validateAndTransformBody(AdminUpdateLedgerAccount)],
  },
]

import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { listLedgerAccountsQueryConfig } from "./query-config"
import {
  AdminCreateLedgerAccount,
  AdminImportLedgerAccounts,
  AdminListLedgerAccounts,
  AdminUpdateLedgerAccount,
  ledgerAccountId,
} from "./validators"

// The routes sorter registers the static /import before /:id, and the import handler answers
// without passing on, so the edit validator never sees an import body.
export const ledgerAccountsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/banking/ledger-accounts",
    middlewares: strictInput({ query: AdminListLedgerAccounts, queryConfig: listLedgerAccountsQueryConfig }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts",
    middlewares: strictInput({ body: AdminCreateLedgerAccount }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/import",
    // A 1 MB file grows in JSON (escaped quotes and line breaks, multi-byte letters).
    bodyParser: { sizeLimit: "5mb" },
    middlewares: strictInput({ body: AdminImportLedgerAccounts }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/:id",
    middlewares: strictInput({ id: ledgerAccountId, body: AdminUpdateLedgerAccount }),
  },
  {
    // Archive and unarchive take nothing but the account in the path.
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/:id/archive",
    middlewares: strictInput({ id: ledgerAccountId }),
  },
  {
    method: ["POST"],
    matcher: "/admin/banking/ledger-accounts/:id/unarchive",
    middlewares: strictInput({ id: ledgerAccountId }),
  },
]

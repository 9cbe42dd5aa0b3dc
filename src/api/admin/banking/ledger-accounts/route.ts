import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEED_LEDGER_ACCOUNT_TYPES } from "../../../../types"
import { createLedgerAccountWorkflow } from "../../../../workflows/ledger-accounts"
import { presentLedgerAccount, readLedgerAccount } from "./read-ledger-account"
import { AdminListLedgerAccountsType } from "./validators"
import type {
  AdminCreateLedgerAccount,
  AdminLedgerAccountResponse,
  AdminLedgerAccountsResponse,
} from "../../../../types/http"

/** The chart of accounts, by code; archived accounts only when asked for; a feed's choices only when asked for. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListLedgerAccountsType>,
  res: MedusaResponse<AdminLedgerAccountsResponse>
) {
  const { q, currency_code, include_archived, feed_target } = req.validatedQuery as AdminListLedgerAccountsType
  const filters: Record<string, unknown> = {}
  if (!include_archived) filters.archived_at = null
  if (currency_code) filters.currency_code = currency_code
  if (feed_target) filters.type = [...FEED_LEDGER_ACCOUNT_TYPES]
  if (q) {
    const pattern = `%${escapeLikePattern(q)}%`
    filters.$or = [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }]
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ledgerAccounts, metadata } = await query.graph({
    entity: "ledger_account",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { code: "ASC" } },
  })
  res.json({
    ledger_accounts: ledgerAccounts.map(presentLedgerAccount),
    count: metadata?.count ?? ledgerAccounts.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? ledgerAccounts.length,
  })
}

/** Adds an account to the chart. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateLedgerAccount>,
  res: MedusaResponse<AdminLedgerAccountResponse>
) {
  const { result } = await createLedgerAccountWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ledger_account: await readLedgerAccount(req.scope, result.id) })
}

/** A search for "100%" looks for a percent sign, not for anything starting with 100. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

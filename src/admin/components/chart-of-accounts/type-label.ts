import type { AdminLedgerAccountType } from "../../../types/http"

const LABELS: Record<AdminLedgerAccountType, string> = {
  asset: "Asset",
  liability: "Liability",
  equity: "Equity",
  revenue: "Revenue",
  expense: "Expense",
}

/** The types a merchant picks from, in the order a chart of accounts lists them. */
export const LEDGER_ACCOUNT_TYPES = Object.keys(LABELS) as AdminLedgerAccountType[]

/** A ledger account type as the screens print it. */
export const typeLabel = (type: AdminLedgerAccountType) => LABELS[type] ?? type

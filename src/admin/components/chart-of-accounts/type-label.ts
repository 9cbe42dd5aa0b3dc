import { LedgerAccountType } from "../../hooks/api/ledger-accounts"

const LABELS: Record<LedgerAccountType, string> = {
  asset: "Asset",
  liability: "Liability",
  equity: "Equity",
  revenue: "Revenue",
  expense: "Expense",
}

/** A ledger account type as the screens print it. */
export const typeLabel = (type: LedgerAccountType) => LABELS[type] ?? type

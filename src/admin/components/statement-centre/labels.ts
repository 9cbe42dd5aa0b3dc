import type {
  AdminBankStatement,
  AdminBankStatementStatus,
  AdminBankTransactionOrder,
  AdminBankTransactionStatus,
} from "../../../types/http"

type BadgeColor = "green" | "blue" | "orange" | "red" | "grey" | "purple"

export const LINE_STATUS_WORDS: Record<AdminBankTransactionStatus, { label: string; color: BadgeColor }> = {
  unreconciled: { label: "Unreconciled", color: "grey" },
  reconciled: { label: "Reconciled", color: "green" },
  excluded: { label: "Excluded", color: "purple" },
  possible_duplicate: { label: "Possible duplicate", color: "orange" },
}

export const STATEMENT_STATUS_WORDS: Record<AdminBankStatementStatus, { label: string; color: BadgeColor }> = {
  unreconciled: { label: "Unreconciled", color: "grey" },
  in_progress: { label: "In progress", color: "blue" },
  reconciled: { label: "Reconciled", color: "green" },
}

export const ORDER_WORDS: Record<AdminBankTransactionOrder, string> = {
  "-date": "Newest first",
  date: "Oldest first",
  "-amount": "Largest amount first",
  amount: "Smallest amount first",
  description: "Description A–Z",
  "-description": "Description Z–A",
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "12 of 40 reconciled", with the excluded ones when there are any. */
export function progressWords(
  statement: Pick<AdminBankStatement, "transaction_count" | "reconciled_count" | "excluded_count">
) {
  const reconciled = `${statement.reconciled_count} of ${statement.transaction_count} reconciled`
  return statement.excluded_count ? `${reconciled}, ${statement.excluded_count} excluded` : reconciled
}

/** A moment (not a bank date), in the merchant's own time zone: "Jan 5, 2026, 2:05 PM". */
export function formatMoment(value: string | null): string {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
}

/** Said under a date filter the merchant left unfinished; the lines keep the filter they had. */
export const DATE_FILTER_WORDS = {
  unfinished: (applied: string) =>
    applied
      ? `The lines are still filtered by ${applied}: finish month, day and year to change it.`
      : "Finish month, day and year to filter by this date.",
  outOfRange: (first: number, last: number) => `Choose a year between ${first} and ${last}.`,
}

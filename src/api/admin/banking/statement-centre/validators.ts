import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../../lib/calendar-date"
import { TRANSACTION_STATUSES } from "../../../../types"
import { TRANSACTION_ORDERS } from "../../../../types"
import type {
  AdminBankStatementListParams,
  AdminBankTransactionListParams,
  AdminDeleteBankStatementParams,
  AdminDeleteBankTransactions,
  AdminExportBankStatementParams,
  AdminExportBankTransactionsParams,
  AdminSetBankTransactionStatus,
} from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"
import { pageParams } from "../../../utils/page-params"
import { decodeCursor } from "./page-cursor"
import { recordId } from "../../../utils/record-id"

export const statementId = recordId("statement")

const calendarDate = (name: string) =>
  z.string().refine(isCalendarDate, { message: `${name} must be a real date written YYYY-MM-DD` })
const amount = (name: string) =>
  z
    .string()
    .regex(/^\d{1,15}(\.\d{1,6})?$/, `${name} must be an amount like 125.50, without sign or thousands separator`)
const statuses = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
  z.array(z.enum(TRANSACTION_STATUSES, { error: `status must be one of ${TRANSACTION_STATUSES.join(", ")}` }))
)

/** The Detailed View's filters, shared by the list and the download (whose order is fixed: see file-lines.ts). */
const feedTransactionFilters = {
  statement_id: z.string().min(1).max(100).optional(),
  date_from: calendarDate("date_from").optional(),
  date_to: calendarDate("date_to").optional(),
  amount_min: amount("amount_min").optional(),
  amount_max: amount("amount_max").optional(),
  status: statuses.optional(),
  q: z.string().trim().min(1).max(200).optional(),
}

type RangeFilters = { date_from?: string; date_to?: string; amount_min?: string; amount_max?: string }

/** A range given upside down is a mistake to report, not an empty result. */
function withOrderedRanges<T extends z.ZodType<RangeFilters>>(schema: T) {
  return schema
    .refine((f) => !f.date_from || !f.date_to || f.date_from <= f.date_to, {
      message: "date_from must not be after date_to",
    })
    .refine((f) => !f.amount_min || !f.amount_max || Number(f.amount_min) <= Number(f.amount_max), {
      message: "amount_min must not be more than amount_max",
    })
}

const cursor = (name: string) =>
  z
    .string()
    .refine((text) => decodeCursor(text) !== null, { message: `${name} must be a cursor a page of this list gave` })

/**
 * One page: the first (nothing), the one after or before a cursor a page gave, the last
 * (`last=true`), or by `offset` (kept for callers that page by number). One way at a time, and a
 * cursor only with the order it was read in.
 */
export const AdminListFeedTransactions = withOrderedRanges(
  z
    .object({
      ...feedTransactionFilters,
      sort: z.enum(TRANSACTION_ORDERS).default("-date"),
      ...pageParams({ limit: 50, maxLimit: 200 }),
      after: cursor("after").optional(),
      before: cursor("before").optional(),
      last: z.enum(["true", "false"], { error: "last must be true or false" }).optional(),
    })
    .strict()
)
  .refine((q) => [q.after, q.before, q.last === "true", q.offset > 0].filter(Boolean).length <= 1, {
    message: "Give at most one of after, before, last=true and offset",
  })
  .refine((q) => [q.after, q.before].every((text) => !text || decodeCursor(text)?.order === q.sort), {
    message: "The cursor was given for another sort; start again from the first page",
  })
export type AdminListFeedTransactionsType = z.infer<typeof AdminListFeedTransactions>
type _ListFeedTransactionsProof = Proven<Validates<typeof AdminListFeedTransactions, AdminBankTransactionListParams>>

export const AdminExportFeedTransactions = withOrderedRanges(
  z
    .object({ ...feedTransactionFilters, format: z.enum(["csv", "ofx"], { error: "format must be csv or ofx" }) })
    .strict()
)
export type AdminExportFeedTransactionsType = z.infer<typeof AdminExportFeedTransactions>
type _ExportFeedTransactionsProof = Proven<
  Validates<typeof AdminExportFeedTransactions, AdminExportBankTransactionsParams>
>

export const AdminExportStatement = z
  .object({ format: z.enum(["csv", "ofx"], { error: "format must be csv or ofx" }) })
  .strict()
export type AdminExportStatementType = z.infer<typeof AdminExportStatement>
type _ExportStatementProof = Proven<Validates<typeof AdminExportStatement, AdminExportBankStatementParams>>

export const AdminListFeedStatements = z.object(pageParams({ limit: 20, maxLimit: 200 })).strict()
export type AdminListFeedStatementsType = z.infer<typeof AdminListFeedStatements>
type _ListFeedStatementsProof = Proven<Validates<typeof AdminListFeedStatements, AdminBankStatementListParams>>

const transactionIds = z
  .array(z.string().min(1).max(100))
  .min(1, "Select at least one line")
  .max(500, "Select at most 500 lines at a time")

export const AdminSetTransactionStatus = z
  .object({
    ids: transactionIds,
    status: z.enum(["reconciled", "excluded", "unreconciled"], {
      error: "status must be reconciled, excluded or unreconciled",
    }),
  })
  .strict()
export type AdminSetTransactionStatusType = z.infer<typeof AdminSetTransactionStatus>
type _SetTransactionStatusProof = Proven<Validates<typeof AdminSetTransactionStatus, AdminSetBankTransactionStatus>>

export const AdminDeleteTransactions = z
  .object({ ids: transactionIds, confirm_reconciled: z.boolean().default(false) })
  .strict()
export type AdminDeleteTransactionsType = z.infer<typeof AdminDeleteTransactions>
type _DeleteTransactionsProof = Proven<Validates<typeof AdminDeleteTransactions, AdminDeleteBankTransactions>>

export const AdminDeleteStatement = z
  .object({ confirm_reconciled: z.enum(["true", "false"]).default("false") })
  .strict()
export type AdminDeleteStatementType = z.infer<typeof AdminDeleteStatement>
type _DeleteStatementProof = Proven<Validates<typeof AdminDeleteStatement, AdminDeleteBankStatementParams>>

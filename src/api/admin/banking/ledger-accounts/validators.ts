import { z } from "@medusajs/framework/zod"
import {
  codeProblem,
  currencyProblem,
  descriptionProblem,
  isLedgerAccountType,
  nameProblem,
  normaliseCurrency,
  normaliseType,
  typeProblem,
} from "../../../../workflows/ledger-accounts/ledger-account-rules"
import type {
  AdminCreateLedgerAccount as CreateBody,
  AdminImportLedgerAccounts as ImportBody,
  AdminLedgerAccountListParams,
  AdminUpdateLedgerAccount as UpdateBody,
} from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"
import { pageParams } from "../../../utils/page-params"
import { recordId } from "../../../utils/record-id"

export const ledgerAccountId = recordId("ledger account")

/** The largest CSV file the import reads, in characters: a chart of thousands of accounts. */
export const IMPORT_MAX_CHARACTERS = 1024 * 1024

/**
 * A field checked by the rules the CSV import uses too. Custom issues keep our sentence: Medusa
 * rewrites zod's own messages for lengths and enums into its generic ones.
 */
const checkedBy = (problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const reason = problem(value)
  if (reason) ctx.addIssue({ code: "custom", message: reason })
}

const code = z.string().trim().superRefine(checkedBy(codeProblem))
const name = z.string().trim().superRefine(checkedBy(nameProblem))
const type = z.string().transform((value, ctx) => {
  const normalised = normaliseType(value)
  if (!isLedgerAccountType(normalised)) {
    ctx.addIssue({ code: "custom", message: typeProblem(normalised)! })
    return z.NEVER
  }
  return normalised
})
const currencyCode = z.string().trim().superRefine(checkedBy(currencyProblem)).transform(normaliseCurrency)
const description = z
  .string()
  .trim()
  .superRefine(checkedBy(descriptionProblem))
  .nullish()
  .transform((value) => value || null)

export const AdminCreateLedgerAccount = z
  .object({ code, name, type, currency_code: currencyCode, description: description.optional() })
  .strict()
export type AdminCreateLedgerAccountType = z.infer<typeof AdminCreateLedgerAccount>
type _CreateProof = Proven<Validates<typeof AdminCreateLedgerAccount, CreateBody>>

export const AdminUpdateLedgerAccount = z
  .object({
    code: code.optional(),
    name: name.optional(),
    type: type.optional(),
    currency_code: currencyCode.optional(),
    description: description.optional(),
  })
  .strict()
export type AdminUpdateLedgerAccountType = z.infer<typeof AdminUpdateLedgerAccount>
type _UpdateProof = Proven<Validates<typeof AdminUpdateLedgerAccount, UpdateBody>>

export const AdminImportLedgerAccounts = z
  .object({
    csv: z.string().refine((csv) => csv.length <= IMPORT_MAX_CHARACTERS, {
      message: "The file is larger than 1 MB: split it into smaller files and import them one by one.",
    }),
  })
  .strict()
export type AdminImportLedgerAccountsType = z.infer<typeof AdminImportLedgerAccounts>
type _ImportProof = Proven<Validates<typeof AdminImportLedgerAccounts, ImportBody>>

// Always ordered by code, as a chart of accounts is read; deleted accounts are never listed.
export const AdminListLedgerAccounts = z
  .object({
    ...pageParams({ limit: 50, maxLimit: 500 }),
    q: z.string().trim().max(100).optional(),
    currency_code: currencyCode.optional(),
    include_archived: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => value === "true"),
    /** Only the accounts a bank feed may post to (Link Bank Feeds' choices). */
    feed_target: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => value === "true"),
  })
  .strict()
export type AdminListLedgerAccountsType = z.infer<typeof AdminListLedgerAccounts>
type _ListProof = Proven<Validates<typeof AdminListLedgerAccounts, AdminLedgerAccountListParams>>

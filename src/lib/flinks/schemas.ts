import { z } from "zod"
import { CALENDAR_DATE_SHAPE } from "../calendar-date"
import { isDecimalText, toPlainDecimal } from "./decimal"

/*
 * The shapes Flinks answers with, as far as the reference documents them. Bodies are parsed by
 * lossless-json first, so every JSON number arrives here as its source text. Objects are loose:
 * Flinks adds fields over time and the raw payload we store must keep them.
 */

const decimalText = z.string().refine(isDecimalText, { message: "expected a decimal amount" })

/** Money: exact decimal text. A JS number here would mean someone used JSON.parse: refuse it. */
export const decimalSchema = decimalText.transform(toPlainDecimal)

const nullableDecimal = decimalSchema.nullable().optional()

/** Integers and ids Flinks sends as JSON numbers (HttpStatusCode, InstitutionId). */
const integerText = z.union([z.string().regex(/^-?\d+$/), z.number().int()]).transform((value) => Number(value))

const idText = z.union([z.string(), z.number()]).transform((value) => String(value))

/** The bank's calendar date; kept as text so no time zone can ever move it. */
export const calendarDateSchema = z.string().regex(CALENDAR_DATE_SHAPE, "expected YYYY-MM-DD")

const optionalText = z.string().nullable().optional()

export const linkSchema = z.looseObject({
  rel: optionalText,
  href: optionalText,
  example: optionalText,
})

const envelope = {
  HttpStatusCode: integerText.optional(),
  Links: z.array(linkSchema).nullable().optional(),
}

const institutionFields = {
  InstitutionName: optionalText,
  InstitutionId: idText.nullable().optional(),
  Institution: optionalText,
}

export const loginSchema = z.looseObject({
  Id: z.string().min(1),
  Username: optionalText,
  IsScheduledRefresh: z.boolean().nullable().optional(),
  // ISO without a time zone, 6-7 fractional digits: Flinks' own clock, not ours to reinterpret.
  LastRefresh: optionalText,
  Type: optionalText,
})

export const generateTokenSchema = z.looseObject({
  ...envelope,
  Token: z.string().min(1),
})

export const authorizedSchema = z.looseObject({
  ...envelope,
  ...institutionFields,
  RequestId: z.string().min(1),
  // Absent on the 200 that answers an MFA round.
  Login: loginSchema.nullable().optional(),
  Tag: optionalText,
})

/** Only QuestionAndAnswer is documented; other types keep every field they come with. */
export const challengeSchema = z.looseObject({
  Type: z.string(),
  Prompt: optionalText,
})

export const mfaSchema = z.looseObject({
  ...envelope,
  ...institutionFields,
  RequestId: z.string().min(1),
  SecurityChallenges: z.array(challengeSchema),
})

export const errorSchema = z.looseObject({
  HttpStatusCode: integerText.optional().catch(undefined),
  Message: z.string().nullable().optional().catch(undefined),
  // Open: a code we have never seen is kept as is and reported, not rejected.
  FlinksCode: z.string().nullable().optional().catch(undefined),
  RequestId: z.string().nullable().optional().catch(undefined),
  Login: loginSchema.nullable().optional().catch(undefined),
  SecurityChallenges: z.array(challengeSchema).nullable().optional().catch(undefined),
  InstitutionName: optionalText.catch(undefined),
  Institution: optionalText.catch(undefined),
  InstitutionId: idText.nullable().optional().catch(undefined),
})

export const pendingSchema = z.looseObject({
  ...envelope,
  FlinksCode: z.string().nullable().optional(),
  RequestId: z.string().nullable().optional(),
})

/** What each known field of a transaction must hold; unknown fields pass untouched. */
const transactionFields = {
  Id: z.union([z.string(), z.number()]),
  Date: calendarDateSchema,
  Code: optionalText,
  Description: optionalText,
  Debit: decimalText.nullable().optional(),
  Credit: decimalText.nullable().optional(),
  Balance: decimalText.nullable().optional(),
}
const transactionShape = z.looseObject(transactionFields)

type CheckedTransaction = z.output<typeof transactionShape>
export type TransactionBody = CheckedTransaction & { Id: string }

const AMOUNT_FIELDS = ["Debit", "Credit", "Balance"] as const

/** What decimalSchema and idText would have made of a checked line, done to the line itself. */
function settleTransaction(line: CheckedTransaction): TransactionBody {
  line.Id = String(line.Id)
  for (const field of AMOUNT_FIELDS) {
    const amount = line[field]
    if (typeof amount === "string") line[field] = toPlainDecimal(amount)
  }
  return line as TransactionBody
}

export const transactionSchema = transactionShape.transform(settleTransaction)

const isText = (value: unknown) => value === undefined || value === null || typeof value === "string"
const isAmount = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && isDecimalText(value))

/**
 * transactionFields' verdict, written out: a hundred thousand lines pass here, and zod's checks
 * cost more than the rest of reading a line. It only ever says yes where zod would; anything else
 * (an Id sent as a number included) goes through transactionShape, which words the issues.
 */
function isTransaction(line: unknown): line is CheckedTransaction {
  if (typeof line !== "object" || line === null || Array.isArray(line)) return false
  const {
    Id: id,
    Date: date,
    Code: code,
    Description: description,
    Debit: debit,
    Credit: credit,
    Balance: balance,
  } = line as Record<string, unknown>
  return (
    typeof id === "string" &&
    typeof date === "string" &&
    CALENDAR_DATE_SHAPE.test(date) &&
    isText(code) &&
    isText(description) &&
    isAmount(debit) &&
    isAmount(credit) &&
    isAmount(balance)
  )
}

/**
 * An account's transactions, checked one at a time and settled in place in the parsed body. An
 * account can hold a hundred thousand lines, and any per-line copy costs the heap for all of them:
 * zod's object parsing builds one, a property at a time, which in a large app (Medusa) also gives
 * each copy hidden classes of its own (see lossless-json-reader.ts), and zod's transforms keep what
 * they pass alive long enough to reach the long-lived heap. So lines are checked field by field and
 * converted by hand; only a line that fails goes through zod whole, for the wording of the issues.
 */
const transactionsSchema = z
  .custom<unknown[]>(Array.isArray, { message: "expected an array" })
  .transform((items, ctx) => {
    for (let index = 0; index < items.length; index++) {
      const line = items[index]
      if (isTransaction(line)) {
        settleTransaction(line)
        continue
      }
      const parsed = transactionShape.safeParse(line)
      if (parsed.success) {
        settleTransaction(line as CheckedTransaction)
        continue
      }
      for (const issue of parsed.error.issues) {
        ctx.issues.push({ ...issue, path: [index, ...issue.path], input: line } as z.core.$ZodRawIssue)
      }
      return z.NEVER
    }
    return items as TransactionBody[]
  })

/**
 * One line of a streamed answer, checked and settled in place as transactionsSchema does for a
 * whole array: the line, or zod's issues when it is not a transaction.
 */
export function checkStreamedTransaction(line: unknown): { line: TransactionBody } | { issues: z.core.$ZodIssue[] } {
  if (isTransaction(line)) return { line: settleTransaction(line) }
  const parsed = transactionShape.safeParse(line)
  if (parsed.success) return { line: settleTransaction(line as CheckedTransaction) }
  return { issues: parsed.error.issues }
}

export const balanceSchema = z.looseObject({
  Available: nullableDecimal,
  Current: nullableDecimal,
  Limit: nullableDecimal,
})

export const accountSchema = z.looseObject({
  Id: idText,
  Title: optionalText,
  AccountNumber: optionalText,
  LastFourDigits: optionalText,
  TransitNumber: optionalText,
  InstitutionNumber: optionalText,
  OverdraftLimit: nullableDecimal,
  Balance: balanceSchema.nullable().optional(),
  Category: optionalText,
  Type: optionalText,
  Currency: optionalText,
  // Personal data (name, address...) only with WithKYC; kept opaque, never interpreted.
  Holder: z.unknown().optional(),
  AccountType: optionalText,
  Transactions: transactionsSchema.nullable().optional(),
})

export const accountsSchema = z.looseObject({
  ...envelope,
  ...institutionFields,
  RequestId: z.string().nullable().optional(),
  Login: loginSchema.nullable().optional(),
  Accounts: z.array(accountSchema),
})

export const statementSchema = z.looseObject({
  UniqueId: idText.nullable().optional(),
  FileType: optionalText,
  Base64Bytes: optionalText,
})

export const statementsSchema = z.looseObject({
  ...envelope,
  RequestId: z.string().nullable().optional(),
  StatementsByAccount: z
    .array(
      z.looseObject({
        AccountNumber: optionalText,
        Statements: z.array(statementSchema).nullable().optional(),
      })
    )
    .nullable()
    .optional(),
})

/** The success body of DeleteCard is undocumented: anything, or nothing at all. */
export const deleteCardSchema = z.unknown()

/** So is SetScheduledRefresh's. */
export const setScheduledRefreshSchema = z.unknown()

const lenientText = z.string().nullable().optional().catch(null)

/**
 * One entry of GetNightlyRefreshStatus' IneligibleCards. Only the LoginId is needed to use it;
 * an odd value in another field is read as unknown rather than losing the entry.
 */
export const nightlyRefreshCardSchema = z.looseObject({
  LoginId: z.string().min(1),
  LastRefreshDate: lenientText,
  LastRefreshState: lenientText,
  LastRefreshErrorCode: lenientText,
})

/** Entries are checked one by one (see the client): one malformed card must not hide the others. */
export const nightlyRefreshStatusSchema = z.looseObject({
  HttpStatusCode: integerText.optional().catch(undefined),
  IneligibleCards: z.array(z.unknown()).nullable().optional().catch(null),
})

export type LoginBody = z.infer<typeof loginSchema>
export type AuthorizedBody = z.infer<typeof authorizedSchema>
export type MfaBody = z.infer<typeof mfaSchema>
export type ChallengeBody = z.infer<typeof challengeSchema>
export type ErrorBody = z.infer<typeof errorSchema>
export type PendingBody = z.infer<typeof pendingSchema>
export type AccountBody = z.infer<typeof accountSchema>
export type AccountsBody = z.infer<typeof accountsSchema>
export type StatementsBody = z.infer<typeof statementsSchema>
export type NightlyRefreshCardBody = z.infer<typeof nightlyRefreshCardSchema>

import type { AccountBody, AccountsBody, ChallengeBody, LoginBody, StatementsBody, TransactionBody } from "./schemas"
import type {
  FlinksAccount,
  FlinksAccountStatements,
  FlinksInstitution,
  FlinksLogin,
  FlinksStreamedTransaction,
  FlinksTransaction,
  MfaChallenge,
  RawPayload,
} from "./types"

/*
 * PascalCase in, camelCase out. Once a body leaves this file the rest of the plugin no longer
 * depends on how Flinks spells things; `raw` keeps the original for storage.
 */

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value)

const asRaw = (value: unknown): RawPayload => value as RawPayload

export function normaliseLogin(body: LoginBody | null | undefined): FlinksLogin | null {
  if (!body) return null
  return {
    loginId: body.Id,
    username: orNull(body.Username),
    isScheduledRefresh: orNull(body.IsScheduledRefresh),
    lastRefresh: orNull(body.LastRefresh),
    type: orNull(body.Type),
  }
}

export function normaliseInstitution(body: {
  Institution?: string | null
  InstitutionId?: string | null
  InstitutionName?: string | null
}): FlinksInstitution {
  return {
    name: orNull(body.Institution),
    id: orNull(body.InstitutionId),
    displayName: orNull(body.InstitutionName),
  }
}

export function normaliseChallenge(body: ChallengeBody): MfaChallenge {
  return { type: body.Type, prompt: orNull(body.Prompt), raw: asRaw(body) }
}

export function normaliseTransaction(body: TransactionBody, accountId: string): FlinksTransaction {
  return { ...normaliseStreamedTransaction(body), providerAccountId: accountId }
}

export function normaliseStreamedTransaction(body: TransactionBody): FlinksStreamedTransaction {
  return {
    providerTransactionId: body.Id,
    date: body.Date,
    description: orNull(body.Description),
    debit: orNull(body.Debit),
    credit: orNull(body.Credit),
    balance: orNull(body.Balance),
    raw: asRaw(body),
  }
}

export function normaliseAccount(body: AccountBody, index: number): FlinksAccount {
  return {
    providerAccountId: body.Id,
    index,
    title: orNull(body.Title),
    accountNumber: orNull(body.AccountNumber),
    lastFourDigits: orNull(body.LastFourDigits),
    transitNumber: orNull(body.TransitNumber),
    institutionNumber: orNull(body.InstitutionNumber),
    overdraftLimit: orNull(body.OverdraftLimit),
    balance: {
      available: orNull(body.Balance?.Available),
      current: orNull(body.Balance?.Current),
      limit: orNull(body.Balance?.Limit),
    },
    category: orNull(body.Category),
    type: orNull(body.Type),
    currency: orNull(body.Currency),
    accountType: orNull(body.AccountType),
    transactions: (body.Transactions ?? []).map((t) => normaliseTransaction(t, body.Id)),
    raw: asRaw(body),
  }
}

export function normaliseAccounts(body: AccountsBody, requestId: string) {
  return {
    requestId: body.RequestId ?? requestId,
    login: normaliseLogin(body.Login),
    institution: normaliseInstitution(body),
    accounts: body.Accounts.map((account, index) => normaliseAccount(account, index)),
  }
}

export function normaliseStatements(body: StatementsBody): FlinksAccountStatements[] {
  return (body.StatementsByAccount ?? []).map((entry) => ({
    accountNumber: orNull(entry.AccountNumber),
    statements: (entry.Statements ?? []).map((s) => ({
      uniqueId: orNull(s.UniqueId),
      fileType: orNull(s.FileType),
      base64Bytes: orNull(s.Base64Bytes),
    })),
  }))
}

/*
 * What the rest of the plugin sees of Flinks: camelCase, money as exact decimal text, calendar
 * dates as "YYYY-MM-DD". PascalCase fields live only in `raw`, which is opaque and kept for
 * storage and audit, never read outside this folder.
 */

/** Exact decimal text such as "1050.75", "-3" or "0.1". Never a JS number. */
export type DecimalString = string

/** A bank calendar date, "YYYY-MM-DD". Never a JS Date: no time zone may shift it. */
export type CalendarDate = string

export type RawPayload = Readonly<Record<string, unknown>>

export type FlinksLanguage = "en" | "fr"

export type FlinksLogin = {
  /** The LoginId: a credential. Never log it; store it encrypted. */
  loginId: string
  username: string | null
  isScheduledRefresh: boolean | null
  /** Flinks' time of the last successful live refresh, ISO without zone, as Flinks wrote it. */
  lastRefresh: string | null
  type: string | null
}

export type FlinksInstitution = {
  /** Flinks' institution key, e.g. "FlinksCapital". */
  name: string | null
  id: string | null
  displayName: string | null
}

export type MfaChallenge = {
  /** "QuestionAndAnswer" is the only documented type; others are passed on untouched. */
  type: string
  /** The exact text to use as key when answering; null for challenge types without one. */
  prompt: string | null
  raw: RawPayload
}

/** A RequestId over fresh data (or over the data Flinks holds, for a cached read). */
export type FlinksAuthorization = {
  outcome: "authorized"
  requestId: string
  /** Null when Flinks omits it, as on some answers to an MFA round. */
  login: FlinksLogin | null
  institution: FlinksInstitution
  tag: string | null
}

/**
 * A cached read after a live refresh that stopped at an unanswered MFA. The RequestId still
 * reads the data Flinks holds, but that data is as old as `lastRefresh`, and the bank wants
 * someone to answer its questions before it gives more.
 */
export type FlinksStaleAuthorization = {
  outcome: "mfa_pending"
  requestId: string
  login: FlinksLogin | null
  lastRefresh: string | null
  institution: FlinksInstitution
}

export type FlinksCachedAuthorization = FlinksAuthorization | FlinksStaleAuthorization

export type FlinksTransaction = {
  providerTransactionId: string
  providerAccountId: string
  date: CalendarDate
  description: string | null
  /** Money out. In real data exactly one of debit and credit is set. */
  debit: DecimalString | null
  credit: DecimalString | null
  /** The running balance after this line, when the bank gives one. */
  balance: DecimalString | null
  raw: RawPayload
}

export type FlinksAccountCategory = "Operations" | "Credits" | "Products" | "Other" | (string & {})

export type FlinksAccount = {
  providerAccountId: string
  title: string | null
  /** Masked for cards, e.g. "420024******4242". */
  accountNumber: string | null
  lastFourDigits: string | null
  transitNumber: string | null
  institutionNumber: string | null
  overdraftLimit: DecimalString | null
  balance: {
    available: DecimalString | null
    current: DecimalString | null
    limit: DecimalString | null
  }
  category: FlinksAccountCategory | null
  /** Chequing, Savings, CreditCard, LineOfCredit, ... */
  type: string | null
  currency: string | null
  /** "Personal" | "Business" | null */
  accountType: string | null
  /** Empty unless transactions were asked for, or when they went to a FlinksTransactionSink. */
  transactions: FlinksTransaction[]
  /** The account's position in the answer's Accounts (what a FlinksTransactionSink knows it by). */
  index: number
  raw: RawPayload
}

export type FlinksAccounts = {
  requestId: string
  login: FlinksLogin | null
  institution: FlinksInstitution
  accounts: FlinksAccount[]
}

export type FlinksStatement = {
  uniqueId: string | null
  fileType: string | null
  base64Bytes: string | null
}

export type FlinksAccountStatements = {
  accountNumber: string | null
  statements: FlinksStatement[]
}

export type DaysOfTransactions = "Days90" | "Days365"

export type NumberOfStatements = "MostRecent" | "Months3" | "Months12"

/** A login Flinks' scheduled (nightly) refresh could not refresh, as GetNightlyRefreshStatus lists it. */
export type FlinksNightlyRefreshCard = {
  /** A credential: never log it. */
  loginId: string
  /** As Flinks wrote it (ISO, possibly without a zone). */
  lastRefreshDate: string | null
  /** e.g. "AnsweringSecurityChallenge". */
  state: string | null
  /** A FlinksCode such as QUESTION_NOT_FOUND or INVALID_PASSWORD. */
  errorCode: string | null
}

/**
 * `offered: false`: the instance does not answer GetNightlyRefreshStatus at all (404/405), which
 * Flinks' "no longer actively supported" scheduled refresh allows. An empty `cards` list means
 * every login with scheduled refresh is eligible.
 */
export type FlinksNightlyRefreshStatus = {
  offered: boolean
  cards: FlinksNightlyRefreshCard[]
}

/** A line of a streamed answer: its account is known by position only while the answer streams in. */
export type FlinksStreamedTransaction = Omit<FlinksTransaction, "providerAccountId">

/**
 * Takes an accounts detail's lines as they stream in, so that the answer is never held whole.
 * `write` is awaited before more of the body is read; `finish` once the whole body has been.
 */
export interface FlinksTransactionSink {
  /** A new answer begins (the first, or one after a retried or broken read): forget the lines delivered before. */
  restart(): Promise<void>
  /** Lines of the account at `accountIndex` in the answer's Accounts, in the order Flinks sent them. */
  write(accountIndex: number, lines: FlinksStreamedTransaction[]): Promise<void>
  /** The answer's body was read whole and every line written: what was written may be made final. */
  finish(): Promise<void>
}

import type { AdminBankData, AdminSyncRun } from "../../types/http"

/**
 * How old the bank data is, in words. "0 new lines" alone cannot tell "the bank had nothing new"
 * from "nobody asked the bank": these words say which copy an import read and when the bank was
 * last reached. The timestamp is a real instant (Flinks' LastRefresh), so it is shown in the
 * browser's own zone; transaction dates never go through here (see bank-date.ts).
 *
 * All the sentences sit in WORDS, so that a French set can take their place later.
 */
export const WORDS = {
  asOf: (moment: string) => `Bank data as of ${moment}`,
  unknown: "Bank data date unknown",
  olderThan: (hours: string) => `Older than ${hours}`,
  notReached: (action: string) =>
    `your bank has not been reached since then. ${action} signs in at the bank for today's lines.`,
  age: (amount: string) => `${amount} old`,
  underAMinute: "less than a minute old",
  runAsOf: (moment: string) => `bank data as of ${moment}`,
  unanswered: (moment: string, age: string) =>
    `Your bank's question was not answered, so this is Flinks' copy from ${moment} (${age}).`,
  unansweredUnknown: "Your bank's question was not answered, so this is Flinks' copy, of unknown date.",
}

/** The locale, zone and clock to word a date in; left out, the browser's own. Tests pin them. */
export type WordsOptions = { locale?: string; timeZone?: string; now?: Date }

/** The run's part that says which copy it read and how old it was. */
export type RunBankData = Pick<AdminSyncRun, "sign_in" | "question" | "bank_data_as_of">

function instant(value: string | null | undefined): Date | null {
  const date = value ? new Date(value) : null
  return date && !Number.isNaN(date.getTime()) ? date : null
}

/** "Dec 2, 10:04 AM"; the year only when it is not this year's ("Dec 30, 2025, 9:12 AM"). */
export function formatBankDataMoment(date: Date, { locale, timeZone, now = new Date() }: WordsOptions = {}): string {
  const yearOf = (value: Date) => new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone }).format(value)
  return new Intl.DateTimeFormat(locale, {
    year: yearOf(date) === yearOf(now) ? undefined : "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(date)
}

function unit(amount: number, name: "minute" | "hour" | "day", locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(amount)
}

/** "12 minutes old", "5 hours old", "2 days old": whole units, rounded down, never negative. */
export function bankDataAge(date: Date, { locale, now = new Date() }: WordsOptions = {}): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - date.getTime()) / 60_000))
  if (minutes < 1) return WORDS.underAMinute
  if (minutes < 60) return WORDS.age(unit(minutes, "minute", locale))
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return WORDS.age(unit(hours, "hour", locale))
  return WORDS.age(unit(Math.floor(hours / 24), "day", locale))
}

/**
 * A connection's or feed's freshness: "Bank data as of Dec 2, 10:04 AM", with its age when it is
 * stale, and then the warning saying why and what brings today's lines (`action`: the button's
 * name on that screen), also as its first words alone for a table cell. An unknown date has no
 * warning: there is no age to warn about.
 */
export function bankDataLines(
  data: AdminBankData,
  { action = "Refresh Transactions", ...options }: WordsOptions & { action?: string } = {}
): { asOf: string; stale: string | null; staleHeadline: string | null } {
  const date = instant(data.as_of)
  if (!date) return { asOf: WORDS.unknown, stale: null, staleHeadline: null }
  const moment = formatBankDataMoment(date, options)
  if (!data.stale) return { asOf: WORDS.asOf(moment), stale: null, staleHeadline: null }
  const headline = WORDS.olderThan(unit(data.stale_after_hours, "hour", options.locale))
  return {
    asOf: `${WORDS.asOf(moment)} (${bankDataAge(date, options)})`,
    stale: `${headline}: ${WORDS.notReached(action)}`,
    staleHeadline: headline,
  }
}

/**
 * "bank data as of Dec 2, 10:04 AM", to follow a live import's counts: what the sign-in at the bank
 * brought. Null before the run read any, and for a cached run (a link's first import, the
 * schedule's), whose date the feed's own "Bank data as of" line already shows beside it.
 */
export function runBankDataSuffix(run: RunBankData | undefined, options: WordsOptions = {}): string | null {
  if (run?.sign_in !== "live") return null
  const date = instant(run.bank_data_as_of)
  return date ? WORDS.runAsOf(formatBankDataMoment(date, options)) : null
}

/**
 * A live run whose feed still reports "mfa_required" imported Flinks' older copy: the merchant
 * closed the bank's question, or did not answer it in time. A cached run's "mfa_required" is the
 * older case (the schedule, a link): the bank wants an answer before anything fresh comes.
 */
export function wasUnanswered(code: string | null, run: RunBankData | undefined): boolean {
  return code === "mfa_required" && (run?.sign_in === "live" || run?.question === "declined")
}

/** "Your bank's question was not answered, so this is Flinks' copy from Nov 30, 9:12 AM (2 days old)." */
export function unansweredWords(run: RunBankData | undefined, options: WordsOptions = {}): string {
  const date = instant(run?.bank_data_as_of)
  if (!date) return WORDS.unansweredUnknown
  return WORDS.unanswered(formatBankDataMoment(date, options), bankDataAge(date, options))
}

import { RunBankData, runBankDataSuffix, unansweredWords, wasUnanswered, WordsOptions } from "../../lib/bank-data-words"
import { FeedRunOutcome } from "../../lib/sync-run-words"
import type { AdminAvailableBankAccount } from "../../../types/http"

/** "···1000": the last digits are enough to tell accounts apart; the mask adds nothing. */
export function lastDigits(masked: string | null): string | null {
  const digits = masked?.replace(/[^0-9A-Za-z]/g, "")
  return digits ? `···${digits.slice(-4)}` : null
}

/** "Chequing CAD ···1000 · Flinks Capital · CAD" */
export function bankAccountLabel(
  account: Pick<AdminAvailableBankAccount, "title" | "account_number_masked" | "connection_name" | "currency_code">
) {
  const title = [account.title, lastDigits(account.account_number_masked)].filter(Boolean).join(" ")
  return [title, account.connection_name, account.currency_code.toUpperCase()].join(" · ")
}

/** "1010 Bank - Chequing CAD", the way the server's messages name a ledger account. */
export function ledgerAccountLabel(account: { code: string; name: string }) {
  return `${account.code} ${account.name}`
}

function transactions(count: number) {
  return `${count} ${count === 1 ? "transaction" : "transactions"}`
}

/**
 * What linking did, in one sentence, once its first import ended; a failed import says why, and
 * one that brought only what Flinks held while the bank waits for an answer says that too.
 */
export function linkOutcome(sync: FeedRunOutcome): { ok: boolean; message: string } {
  if (sync.status === "failed") {
    return { ok: false, message: `Linked, but the first import failed: ${sync.message ?? "no reason was given."}` }
  }
  const imported = `Linked. ${sync.inserted === 0 ? "No transactions" : transactions(sync.inserted)} imported.`
  return sync.message ? { ok: false, message: `${imported} ${sync.message}` } : { ok: true, message: imported }
}

/**
 * What a Refresh brought: "3 new transactions · bank data as of Dec 2, 10:04 AM", "No new
 * transactions", or why it failed. When the bank's question went unanswered, Flinks' older copy was
 * imported, and the words say how old it is.
 */
export function refreshOutcome(
  sync: FeedRunOutcome,
  run?: RunBankData,
  options?: WordsOptions
): { ok: boolean; message: string } {
  if (sync.status === "failed") return { ok: false, message: sync.message ?? "The import failed." }
  const brought =
    sync.inserted === 0
      ? "No new transactions"
      : `${sync.inserted} new ${sync.inserted === 1 ? "transaction" : "transactions"}`
  if (wasUnanswered(sync.code, run)) return { ok: false, message: `${brought}. ${unansweredWords(run, options)}` }
  if (sync.message) return { ok: false, message: `${brought}. ${sync.message}` }
  const asOf = runBankDataSuffix(run, options)
  return { ok: true, message: asOf ? `${brought} · ${asOf}` : brought }
}

/** A moment, in the merchant's own time zone: "Nov 23, 2026, 2:05 PM". */
export function formatDateTime(value: string | null): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
}

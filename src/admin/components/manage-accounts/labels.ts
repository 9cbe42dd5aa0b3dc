import type { AdminBankConnection, AdminSyncRunStatus } from "../../../types/http"

const SYNC_OUTCOME: Record<AdminSyncRunStatus, string> = {
  queued: "in progress",
  running: "in progress",
  succeeded: "succeeded",
  partial: "incomplete",
  failed: "failed",
  interrupted: "interrupted",
}

/** A moment in the admin's locale and time zone ("Nov 23, 2026, 2:05 PM"); "Never" when there is none. */
export function formatMoment(value: string | null | undefined): string {
  const date = value ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return "Never"
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
}

/**
 * "Nov 23, 2026, 2:05 PM · failed": when the bank was last asked (an import or a bank check), and
 * how it went. A run whose process died reads "running" until it is closed: it was interrupted.
 */
export function lastAttemptLabel(connection: Pick<AdminBankConnection, "last_attempt_at" | "last_sync">): string {
  const when = formatMoment(connection.last_attempt_at ?? connection.last_sync?.started_at)
  const sync = connection.last_sync
  if (!sync || when === "Never") return when
  const outcome = sync.in_progress
    ? "in progress"
    : ["queued", "running"].includes(sync.status)
      ? "interrupted"
      : SYNC_OUTCOME[sync.status]
  if (sync.kind !== "mfa_check") return `${when} · ${outcome}`
  // A check "succeeds" whenever the bank answers, even with a question: say it was checked.
  return `${when} · ${sync.status === "succeeded" && !sync.in_progress ? "bank checked" : `bank check ${outcome}`}`
}

/** The accounts whose feed must be unlinked before the connection can be deleted. */
export function linkedAccounts(connection: Pick<AdminBankConnection, "accounts">) {
  return connection.accounts.filter((account) => account.feed)
}

/** "Unlink the mapping first: Chequing CAD posts to 1010 Bank - Chequing CAD." */
export function unlinkFirstMessage(connection: Pick<AdminBankConnection, "accounts">): string {
  const mappings = linkedAccounts(connection).map(
    (account) => `${account.title} posts to ${account.feed!.ledger_account.code} ${account.feed!.ledger_account.name}`
  )
  return `Unlink the mapping first: ${mappings.join("; ")}. Unlink ${mappings.length === 1 ? "it" : "them"} below, then delete the account.`
}

/** "Not linked · 42 lines kept": an unlinked account's imported lines stay, and the merchant is told so. */
export function notLinkedLabel(keptLines: number): string {
  if (keptLines <= 0) return "Not linked"
  return `Not linked · ${keptLines} ${keptLines === 1 ? "line" : "lines"} kept`
}

/** The Statement Centre opened at a feed that is no longer linked, with the other unlinked ones beside it. */
export function keptLinesPath(feedId: string): string {
  return `/banking/statements?${new URLSearchParams({ feed: feedId, feeds: "unlinked" })}`
}

export function accountsCount(count: number): string {
  return `${count} ${count === 1 ? "account" : "accounts"}`
}

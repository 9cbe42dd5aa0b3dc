import { BankConnection, BankingProvider, ConnectionLastSync } from "../../hooks/api/types"

export const PROVIDER_LABEL: Record<BankingProvider["id"], string> = {
  "flinks-ca": "Flinks Canada",
  "flinks-us": "Flinks USA",
}

const SYNC_OUTCOME: Record<ConnectionLastSync["status"], string> = {
  running: "in progress",
  succeeded: "succeeded",
  partial: "incomplete",
  failed: "failed",
}

/** A moment in the admin's locale and time zone ("Nov 23, 2026, 2:05 PM"); "Never" when there is none. */
export function formatMoment(value: string | null | undefined): string {
  const date = value ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return "Never"
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
}

/** "Nov 23, 2026, 2:05 PM · failed": when the last import was tried, and how it went. */
export function lastAttemptLabel(connection: Pick<BankConnection, "last_attempt_at" | "last_sync">): string {
  const when = formatMoment(connection.last_attempt_at ?? connection.last_sync?.started_at)
  const sync = connection.last_sync
  return sync && when !== "Never" ? `${when} · ${SYNC_OUTCOME[sync.status]}` : when
}

/** The accounts whose feed must be unlinked before the connection can be deleted. */
export function linkedAccounts(connection: Pick<BankConnection, "accounts">) {
  return connection.accounts.filter((account) => account.feed)
}

/** "Unlink the mapping first: Chequing CAD posts to 1010 Bank - Chequing CAD." */
export function unlinkFirstMessage(connection: Pick<BankConnection, "accounts">): string {
  const mappings = linkedAccounts(connection).map(
    (account) => `${account.title} posts to ${account.feed!.ledger_account.code} ${account.feed!.ledger_account.name}`
  )
  return `Unlink the mapping first: ${mappings.join("; ")}. Unlink ${mappings.length === 1 ? "it" : "them"} below, then delete the account.`
}

export function accountsCount(count: number): string {
  return `${count} ${count === 1 ? "account" : "accounts"}`
}

import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { connectionHealth } from "../../../../lib/banking/connection-health"
import { bankDataView } from "../../../../lib/banking/bank-data-freshness"
import { inBankOrder } from "../../../../lib/banking/bank-order"
import { connectionName, PROVIDER_NAMES } from "../../../../lib/banking/provider-names"
import { isRunAlive } from "../../../../lib/banking/sync-run-liveness"
import type {
  AdminBankAccountSummary,
  AdminBankConnection,
  AdminBankingProviderId,
  AdminConnectionLastSync,
  AdminConnectionNaming,
  AdminLinkedFeedSummary,
} from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"

type Time = Date | string

/** What `connectionFields` reads, as Query returns it. */
type FeedRow = {
  id: string
  status: string
  start_date: string
  last_import_at: Time | null
  unlinked_at?: Time | null
  ledger_account: AdminLinkedFeedSummary["ledger_account"]
}
type AccountRow = AdminBankAccountSummary & { bank_order?: number; feeds?: FeedRow[] }
type ConnectionRow = {
  id: string
  provider: AdminBankingProviderId
  institution_name: string
  institution_id: string | null
  login_type: string | null
  status: string
  status_reason: string | null
  last_success_at: Time | null
  last_attempt_at: Time | null
  provider_refreshed_at?: Time | null
  consent_accepted_at: Time | null
  consent_version: string | null
  created_at: Time
  updated_at: Time
  accounts?: AccountRow[]
}
type LatestRun = {
  id: string
  kind: AdminConnectionLastSync["kind"]
  status: AdminConnectionLastSync["status"]
  trigger: string
  started_at: Date
  finished_at: Date | null
  inserted_count: number
  error_message: string | null
  heartbeat_at: Date | null
}

const LAST_SYNC_FIELDS = [
  "id",
  "kind",
  "status",
  "trigger",
  "started_at",
  "finished_at",
  "inserted_count",
  "error_message",
] as const

/**
 * "Flinks Capital (Flinks Canada)" and "Flinks Canada": how every screen names a connection or its
 * accounts' bank, written here once for the screens and the MFA email alike.
 */
export function connectionNaming(connection: { institution_name: string; provider: string }): AdminConnectionNaming {
  return {
    connection_name: connectionName(connection.institution_name, connection.provider),
    provider_name: PROVIDER_NAMES[connection.provider as AdminBankingProviderId]?.name ?? connection.provider,
  }
}

/**
 * Connections as Manage Added Accounts shows them: their health in words (a running import shows
 * as "refreshing"), their last import attempt, and each account's linked feed (or null). An
 * account with no feed now but lines from one it had says how many it kept (`kept_lines`).
 */
export async function presentConnections(
  scope: MedusaContainer,
  rows: readonly unknown[]
): Promise<AdminBankConnection[]> {
  const connections = rows as ConnectionRow[]
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  // One small query per connection: a merchant has a handful, and each is an indexed look-up.
  const latestRuns = await Promise.all(
    connections.map(async (connection) => {
      const [run] = await banking.listSyncRuns(
        { connection_id: connection.id },
        { select: [...LAST_SYNC_FIELDS, "heartbeat_at"], order: { started_at: "DESC" }, take: 1 }
      )
      return (run as LatestRun | undefined) ?? null
    })
  )
  const { leaseSeconds, staleAfterHours } = banking.syncOptions()
  const unlinkedFeeds = connections.flatMap(({ accounts = [] }) =>
    accounts.flatMap(({ feeds = [] }) => (feeds.some(isLinked) ? [] : feeds))
  )
  // One grouped count for the whole list, the one Link Bank Feeds and the Statement Centre show.
  const lineCounts = await banking.countFeedLines(unlinkedFeeds.map((feed) => feed.id))
  return connections.map((connection, index) => {
    const { accounts = [], ...rest } = connection
    const latest = latestRuns[index]
    return {
      ...rest,
      last_success_at: wireTime(rest.last_success_at),
      last_attempt_at: wireTime(rest.last_attempt_at),
      provider_refreshed_at: wireTime(rest.provider_refreshed_at),
      consent_accepted_at: wireTime(rest.consent_accepted_at),
      created_at: wireTime(rest.created_at),
      updated_at: wireTime(rest.updated_at),
      ...connectionNaming(connection),
      health: connectionHealth(connection, latest, leaseSeconds),
      /** How old Flinks' copy of this login is: "Bank data as of …", stale past `sync.staleAfterHours`. */
      bank_data: bankDataView(connection.provider_refreshed_at ?? null, staleAfterHours),
      last_sync: latest ? lastSync(latest, leaseSeconds) : null,
      accounts: inBankOrder(accounts).map(({ feeds = [], bank_order: _order, ...account }) => {
        const linked = feeds.find(isLinked)
        return {
          ...account,
          kept_lines: linked ? null : keptLines(feeds, lineCounts),
          feed: linked
            ? {
                id: linked.id,
                start_date: linked.start_date,
                last_import_at: wireTime(linked.last_import_at),
                ledger_account: linked.ledger_account,
              }
            : null,
        }
      }),
    }
  })
}

/** The connection's last run, with what the screens need to follow it. */
function lastSync(run: LatestRun, leaseSeconds: number): AdminConnectionLastSync {
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    trigger: run.trigger,
    started_at: wireTime(run.started_at),
    finished_at: wireTime(run.finished_at),
    inserted_count: run.inserted_count,
    error_message: run.error_message,
    /** The screens follow a run in progress (GET /admin/banking/sync-runs/:id) after a reload. */
    in_progress: isRunAlive(run, leaseSeconds),
  }
}

const isLinked = (feed: FeedRow) => feed.status === "linked"

/**
 * The lines an account kept from the feeds it had, and the feed to open them in the Statement
 * Centre (its latest one with lines: that is where the merchant last saw them); null when none.
 */
function keptLines(feeds: FeedRow[], lineCounts: Record<string, number>) {
  const withLines = feeds.filter((feed) => (lineCounts[feed.id] ?? 0) > 0)
  if (!withLines.length) return null
  const latest = withLines.reduce((a, b) => (unlinkedTime(b) > unlinkedTime(a) ? b : a))
  return { count: withLines.reduce((sum, feed) => sum + lineCounts[feed.id], 0), feed_id: latest.id }
}

const unlinkedTime = (feed: FeedRow) => (feed.unlinked_at ? new Date(feed.unlinked_at).getTime() : 0)

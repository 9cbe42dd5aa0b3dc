import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { connectionHealth } from "../../../../lib/banking/connection-health"
import { bankDataView } from "../../../../lib/banking/bank-data-freshness"
import { inBankOrder } from "../../../../lib/banking/bank-order"
import { isRunAlive } from "../../../../lib/banking/sync-run-liveness"

type FeedRow = {
  id: string
  status: string
  start_date: string
  last_import_at: Date | null
  unlinked_at?: Date | null
  ledger_account: unknown
}
type AccountRow = Record<string, unknown> & { id: string; bank_order?: number; feeds?: FeedRow[] }
type ConnectionRow = Record<string, unknown> & {
  id: string
  status: string
  status_reason: string | null
  provider_refreshed_at?: Date | null
  accounts?: AccountRow[]
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
 * Connections as Manage Added Accounts shows them: their health in words (a running import shows
 * as "refreshing"), their last import attempt, and each account's linked feed (or null). An
 * account with no feed now but lines from one it had says how many it kept (`kept_lines`).
 */
export async function presentConnections(scope: MedusaContainer, rows: readonly unknown[]) {
  const connections = rows as ConnectionRow[]
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  // One small query per connection: a merchant has a handful, and each is an indexed look-up.
  const latestRuns = await Promise.all(
    connections.map(async (connection) => {
      const [run] = await banking.listSyncRuns(
        { connection_id: connection.id },
        { select: [...LAST_SYNC_FIELDS, "heartbeat_at"], order: { started_at: "DESC" }, take: 1 }
      )
      return run ?? null
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
      health: connectionHealth(connection, latest, leaseSeconds),
      /** How old Flinks' copy of this login is: "Bank data as of …", stale past `sync.staleAfterHours`. */
      bank_data: bankDataView(connection.provider_refreshed_at ?? null, staleAfterHours),
      last_sync: latest
        ? {
            ...Object.fromEntries(LAST_SYNC_FIELDS.map((field) => [field, (latest as Record<string, unknown>)[field]])),
            /** The screens follow a run in progress (GET /admin/banking/sync-runs/:id) after a reload. */
            in_progress: isRunAlive(latest, leaseSeconds),
          }
        : null,
      accounts: inBankOrder(accounts).map(({ feeds = [], bank_order: _order, ...account }) => {
        const linked = feeds.find(isLinked)
        return {
          ...account,
          kept_lines: linked ? null : keptLines(feeds, lineCounts),
          feed: linked
            ? {
                id: linked.id,
                start_date: linked.start_date,
                last_import_at: linked.last_import_at,
                ledger_account: linked.ledger_account,
              }
            : null,
        }
      }),
    }
  })
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

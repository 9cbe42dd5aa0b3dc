import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import BankingModuleService from "../../../../modules/banking/service"
import { connectionHealth } from "../../../../modules/banking/utils/connection-health"
import { bankDataView } from "../../../../modules/banking/utils/bank-data-freshness"
import { inBankOrder } from "../../../../modules/banking/utils/bank-order"
import { isRunAlive } from "../../../../modules/banking/utils/sync-run-liveness"

type FeedRow = { id: string; status: string; start_date: string; last_import_at: Date | null; ledger_account: unknown }
type AccountRow = Record<string, unknown> & { id: string; bank_order?: number; feeds?: FeedRow[] }
type ConnectionRow = Record<string, unknown> & {
  id: string
  status: string
  status_reason: string | null
  provider_refreshed_at?: Date | null
  accounts?: AccountRow[]
}

const LAST_SYNC_FIELDS = ["id", "kind", "status", "trigger", "started_at", "finished_at", "inserted_count", "error_message"] as const

/**
 * Connections as Manage Added Accounts shows them: their health in words (a running import shows
 * as "refreshing"), their last import attempt, and each account's linked feed (or null).
 */
export async function presentConnections(scope: MedusaContainer, rows: readonly unknown[]) {
  const connections = rows as ConnectionRow[]
  const banking = scope.resolve<BankingModuleService>(BANKING_MODULE)
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
        const linked = feeds.find((feed) => feed.status === "linked")
        return {
          ...account,
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

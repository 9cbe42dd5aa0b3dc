import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { bankDataView } from "../../../../lib/banking/bank-data-freshness"
import { isRunAlive } from "../../../../lib/banking/sync-run-liveness"
import type { AdminBankFeed } from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"
import { connectionNaming } from "../connections/present-connections"

/**
 * Feeds as the Link Bank Feeds list shows them: the bank account and ledger account they join,
 * when they last imported, how many lines they brought and how the last import ended.
 */
export async function readFeeds(scope: MedusaContainer, filters: Record<string, unknown>): Promise<AdminBankFeed[]> {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { leaseSeconds, staleAfterHours } = banking.syncOptions()
  // A feed whose connection was deleted with its lines kept still lists, with its removed account.
  const feeds = await banking.listBankFeeds(
    { ...filters, deleted_at: null },
    {
      relations: ["bank_account", "bank_account.connection", "ledger_account"],
      order: { linked_at: "DESC" },
      withDeleted: true,
    }
  )
  const lineCounts = await banking.countFeedLines(feeds.map((feed) => feed.id))
  return Promise.all(
    feeds.map(async (feed) => {
      const [lastRun] = await banking.listSyncRuns(
        { connection_id: feed.bank_account.connection_id, feed_ids: { $contains: [feed.id] } },
        { order: { started_at: "DESC" }, take: 1 }
      )
      const account = feed.bank_account
      return {
        id: feed.id,
        status: feed.status,
        start_date: feed.start_date,
        high_water_date: feed.high_water_date,
        last_import_at: wireTime(feed.last_import_at),
        linked_at: wireTime(feed.linked_at),
        unlinked_at: wireTime(feed.unlinked_at),
        line_count: lineCounts[feed.id],
        /** How old Flinks' copy of the account is: "0 new lines" means little on stale data. */
        bank_data: bankDataView(account.connection.provider_refreshed_at ?? null, staleAfterHours),
        bank_account: {
          id: account.id,
          title: account.title,
          account_number_masked: account.account_number_masked,
          type: account.type,
          currency_code: account.currency_code,
          institution_name: account.connection.institution_name,
          /** Flinks Canada or Flinks USA: the same bank on both reads alike without it. */
          provider: account.connection.provider,
          ...connectionNaming(account.connection),
          /** The account's connection was deleted (Manage Added Accounts); its lines were kept. */
          removed: account.deleted_at !== null && account.deleted_at !== undefined,
        },
        ledger_account: {
          id: feed.ledger_account.id,
          code: feed.ledger_account.code,
          name: feed.ledger_account.name,
          currency_code: feed.ledger_account.currency_code,
        },
        last_sync: lastRun
          ? {
              id: lastRun.id,
              status: lastRun.status,
              /** The screens follow a run in progress (GET /admin/banking/sync-runs/:id) after a reload. */
              in_progress: isRunAlive(lastRun, leaseSeconds),
              phase: lastRun.phase,
              question: lastRun.question,
              finished_at: wireTime(lastRun.finished_at),
              inserted_count: lastRun.inserted_count,
              error_message: lastRun.error_message,
            }
          : null,
      }
    })
  )
}

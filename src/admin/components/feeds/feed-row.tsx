import { Table, toast } from "@medusajs/ui"
import { useFollowedRun } from "../../hooks/use-followed-run"
import { feedRunOutcome } from "../../lib/sync-run-words"
import { BankAccountName } from "../bank-account-name"
import { BankDataFreshness } from "../bank-data-freshness"
import { BankQuestion } from "../sync-run/bank-question"
import { FeedActions } from "./feed-actions"
import { FeedStatus } from "./feed-status"
import { formatDateTime, ledgerAccountLabel, refreshOutcome } from "./labels"
import type { AdminBankFeed } from "../../../types/http"

/**
 * One linked feed. It follows the feed's import while one runs (started by Link, by its Refresh,
 * or found in progress when the page opened), shows where it is in the Status cell (with the bank's
 * question when its live sign-in asks one), then how it ended there; a Refresh clicked here also
 * ends with a toast. Beside the last import: how old the bank data is.
 */
export function FeedRow({ feed }: { feed: AdminBankFeed }) {
  const title = feed.bank_account.title
  const live = feed.last_sync?.in_progress ? feed.last_sync.id : null
  const followed = useFollowedRun(live, (run, startedHere) => {
    if (!startedHere) return
    const { ok, message } = refreshOutcome(feedRunOutcome(run, feed.id), run)
    if (ok) toast.success(`${title}: ${message}`)
    else toast.error(`Could not refresh ${title}`, { description: message })
  })
  const ended =
    followed.run && !followed.run.in_progress
      ? refreshOutcome(feedRunOutcome(followed.run, feed.id), followed.run)
      : null

  return (
    <Table.Row data-testid="feed-row" className="[&_td]:py-2">
      <Table.Cell>
        <BankAccountName account={feed.bank_account} title={title} />
      </Table.Cell>
      <Table.Cell>{ledgerAccountLabel(feed.ledger_account)}</Table.Cell>
      <Table.Cell className="whitespace-nowrap tabular-nums">{feed.start_date}</Table.Cell>
      <Table.Cell>
        <FeedStatus
          feed={feed}
          run={followed.inProgress ? { run: followed.run, answeredAt: followed.answeredAt } : null}
          outcome={followed.inProgress ? null : ended}
        />
        {followed.inProgress && (
          <div className="mt-1 empty:hidden">
            <BankQuestion
              run={followed.run}
              startedHere={followed.startedHere}
              institution={feed.bank_account.connection_name}
            />
          </div>
        )}
      </Table.Cell>
      <Table.Cell className="tabular-nums">
        <div className="flex flex-col gap-y-0.5">
          <span className="whitespace-nowrap">{formatDateTime(feed.last_import_at)}</span>
          <BankDataFreshness
            bankData={feed.bank_data}
            action="Refresh"
            compact
            className="max-w-[220px] whitespace-normal"
          />
        </div>
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums" data-testid="feed-line-count">
        {feed.line_count}
      </Table.Cell>
      <Table.Cell>
        <FeedActions feed={feed} importing={followed.inProgress} onStarted={followed.follow} />
      </Table.Cell>
    </Table.Row>
  )
}

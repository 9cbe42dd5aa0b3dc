import { Heading, Text } from "@medusajs/ui"
import { formatBankDate } from "../../lib/bank-date"
import { BankDataFreshness } from "../bank-data-freshness"
import { lastDigits } from "../feeds/labels"
import { BalanceChart } from "./balance-chart"
import { FeedBadge } from "./feed-badge"
import { formatMoment } from "./labels"
import { RefreshTransactions } from "./refresh-transactions"
import type { AdminBankFeed } from "../../../types/http"

/** The chosen feed: what it joins, how it imports, Refresh Transactions, and its balance over time. */
export function SelectedFeed({ feed }: { feed: AdminBankFeed }) {
  const account = feed.bank_account
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="selected-feed">
      <div className="flex flex-wrap items-start justify-between gap-4">
        {/* Shrinks before the Refresh column wraps under it: that column says what the refresh did. */}
        <div className="flex min-w-[16rem] flex-1 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h2">
              {account.title} <span className="text-ui-fg-muted">{lastDigits(account.account_number_masked)}</span>
            </Heading>
            <FeedBadge feed={feed} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {account.connection_name} · {account.currency_code.toUpperCase()} · posts to {feed.ledger_account.code}{" "}
            {feed.ledger_account.name}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            Imports from {formatBankDate(feed.start_date)} · last import {formatMoment(feed.last_import_at)} ·{" "}
            {feed.line_count} {feed.line_count === 1 ? "line" : "lines"}
          </Text>
          <BankDataFreshness bankData={feed.bank_data} className="max-w-xl" />
        </div>
        {/* Its own state per feed: the run it follows and the words it shows belong to that feed. */}
        <RefreshTransactions key={feed.id} feed={feed} />
      </div>
      <BalanceChart feedId={feed.id} />
    </div>
  )
}

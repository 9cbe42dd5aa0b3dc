import { Heading, Table, Text } from "@medusajs/ui"
import { useBankFeeds } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import { FeedActions } from "./feed-actions"
import { FeedStatus } from "./feed-status"
import { formatDateTime, lastDigits, ledgerAccountLabel } from "./labels"

/** "Linked bank feeds": what each feed joins, how its imports go, and its Refresh and Unlink. */
export function LinkedFeeds() {
  const feeds = useBankFeeds()
  const list = feeds.data?.feeds

  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">Linked bank feeds</Heading>
      </div>
      {feeds.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the bank feeds: {merchantMessage(feeds.error)}
        </Text>
      )}
      {feeds.isPending && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading the bank feeds…
        </Text>
      )}
      {list && list.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="feeds-empty">
          No bank feed linked yet.
        </Text>
      )}
      {list && list.length > 0 && (
        <Table aria-label="Linked bank feeds">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Bank account</Table.HeaderCell>
              <Table.HeaderCell>Ledger account</Table.HeaderCell>
              <Table.HeaderCell>Start date</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Last import</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Actions</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.map((feed) => (
              <Table.Row key={feed.id} data-testid="feed-row" className="[&_td]:py-2">
                <Table.Cell>
                  <div className="flex flex-col">
                    <span className="text-ui-fg-base">
                      {feed.bank_account.title}{" "}
                      <span className="text-ui-fg-muted">{lastDigits(feed.bank_account.account_number_masked)}</span>
                    </span>
                    <span className="text-ui-fg-subtle">
                      {feed.bank_account.institution_name} · {feed.bank_account.currency_code.toUpperCase()}
                    </span>
                  </div>
                </Table.Cell>
                <Table.Cell>{ledgerAccountLabel(feed.ledger_account)}</Table.Cell>
                <Table.Cell className="tabular-nums">{feed.start_date}</Table.Cell>
                <Table.Cell>
                  <FeedStatus feed={feed} />
                </Table.Cell>
                <Table.Cell className="tabular-nums">{formatDateTime(feed.last_import_at)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums" data-testid="feed-line-count">
                  {feed.line_count}
                </Table.Cell>
                <Table.Cell>
                  <FeedActions feed={feed} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  )
}

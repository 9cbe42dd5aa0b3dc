import { Heading, Table, Text } from "@medusajs/ui"
import { useBankFeeds } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import { FeedRow } from "./feed-row"

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
              <FeedRow key={feed.id} feed={feed} />
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  )
}

import { Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useCentreFeeds } from "../../hooks/api/statement-centre"
import { merchantMessage } from "../../lib/merchant-message"
import { FeedRow } from "./feed-row"
import { useCommittedText } from "./use-committed-text"
import type { AdminBankFeed, AdminBankFeedListStatus } from "../../../types/http"

type Props = {
  query: string
  status: AdminBankFeedListStatus
  selectedId: string
  onSearch: (change: { query?: string; status?: AdminBankFeedListStatus }) => void
  onSelect: (feed: AdminBankFeed) => void
}

const STATUS_CHOICES: { value: AdminBankFeedListStatus; label: string }[] = [
  { value: "linked", label: "Linked feeds" },
  { value: "unlinked", label: "Unlinked feeds" },
  { value: "all", label: "All feeds" },
]

/** Find a feed: words of the bank, the account or the ledger account, and the feed's status. */
export function FeedFinder({ query, status, selectedId, onSearch, onSelect }: Props) {
  const [text, setText] = useCommittedText(query, (value) => onSearch({ query: value }))
  const feeds = useCentreFeeds({ status, q: query })
  const list = feeds.data?.feeds
  // Tab reaches the chosen feed's row, or the first row when the chosen feed is not in the list.
  const tabbableId = list?.some((feed) => feed.id === selectedId) ? selectedId : list?.[0]?.id

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">Bank feeds</Heading>
        <div className="flex flex-wrap items-center gap-2">
          <Input
            type="search"
            size="small"
            placeholder="Search bank, account or ledger account"
            aria-label="Search feeds"
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="w-72"
          />
          <Select
            size="small"
            value={status}
            onValueChange={(value) => onSearch({ status: value as AdminBankFeedListStatus })}
          >
            <Select.Trigger aria-label="Feed status" className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUS_CHOICES.map((choice) => (
                <Select.Item key={choice.value} value={choice.value}>
                  {choice.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
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
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="centre-feeds-empty">
          {query
            ? `No ${status === "all" ? "" : `${status} `}feed matches "${query}".`
            : `No ${status === "all" ? "" : `${status} `}bank feed yet.`}
        </Text>
      )}
      {list && list.length > 0 && (
        // A grid, not a plain table: its rows are choices, one of them selected.
        <Table role="grid" aria-label="Bank feeds">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Bank account</Table.HeaderCell>
              <Table.HeaderCell>Ledger account</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.map((feed) => (
              <FeedRow
                key={feed.id}
                feed={feed}
                selected={feed.id === selectedId}
                tabbable={feed.id === tabbableId}
                onSelect={onSelect}
              />
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  )
}

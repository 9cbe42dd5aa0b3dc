import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { FeedFinder } from "../../../components/statement-centre/feed-finder"
import { LinesView } from "../../../components/statement-centre/lines-view"
import { SelectedFeed } from "../../../components/statement-centre/selected-feed"
import { StatementsTable } from "../../../components/statement-centre/statements-table"
import { useCentreParams } from "../../../components/statement-centre/use-centre-params"
import { ViewToggle } from "../../../components/statement-centre/view-toggle"
import { useCentreFeed } from "../../../hooks/api/statement-centre"
import { merchantMessage } from "../../../lib/merchant-message"
import { CentreFilters, CentreState } from "../../../lib/statement-centre-params"

/**
 * Another feed keeps the dates, amounts, status and words (to compare two accounts over one month)
 * but not a statement, which belongs to the feed it came from; it starts on the first pages.
 */
function chooseFeed(current: CentreState, feed: string): CentreState {
  return { ...current, feed, filters: { ...current.filters, statement_id: "" }, page: 1, headerPage: 1 }
}

/**
 * Bank Statement Centre: find a feed, read its statements (Header View) or its lines (Detailed
 * View), reconcile, download, delete, and refresh it. Feed, view and filters live in the address.
 */
function BankStatementCentrePage() {
  const { state, update } = useCentreParams()
  const feed = useCentreFeed(state.feed || undefined)

  const onFilters = (change: Partial<CentreFilters>) =>
    update((current) => ({ ...current, filters: { ...current.filters, ...change }, page: 1 }), { replace: true })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Bank Statement Centre</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Find a bank feed, read its statements and lines, reconcile them, download them as CSV or OFX, and bring in
            what is new.
          </Text>
        </div>
        <FeedFinder
          query={state.feedQuery}
          status={state.feedStatus}
          selectedId={state.feed}
          onSearch={({ query, status }) =>
            update(
              (current) => ({
                ...current,
                feedQuery: query ?? current.feedQuery,
                feedStatus: status ?? current.feedStatus,
              }),
              { replace: true }
            )
          }
          onSelect={(chosen) =>
            update((current) => (current.feed === chosen.id ? current : chooseFeed(current, chosen.id)))
          }
        />
      </Container>

      {!state.feed && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle" data-testid="no-feed-chosen">
            Choose a bank feed above to see its statements and lines.
          </Text>
        </Container>
      )}

      {state.feed && feed.isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error" role="alert">
            Could not load the bank feed: {merchantMessage(feed.error)}
          </Text>
        </Container>
      )}

      {state.feed && feed.data === null && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle" role="alert">
            This bank feed no longer exists. Choose another one above.
          </Text>
        </Container>
      )}

      {feed.data && (
        <>
          <Container className="p-0">
            <SelectedFeed feed={feed.data} />
          </Container>
          <Container className="divide-y p-0">
            <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
              <Heading level="h2">{state.view === "header" ? "Statements" : "Lines"}</Heading>
              <ViewToggle view={state.view} onView={(view) => update((current) => ({ ...current, view }))} />
            </div>
            {state.view === "header" ? (
              <StatementsTable
                feedId={feed.data.id}
                page={state.headerPage}
                onPage={(headerPage) => update((current) => ({ ...current, headerPage }))}
                onShowLines={(statement) =>
                  update((current) => ({
                    ...current,
                    view: "detailed",
                    filters: { ...current.filters, statement_id: statement.id },
                    page: 1,
                  }))
                }
              />
            ) : (
              <LinesView
                feedId={feed.data.id}
                filters={state.filters}
                page={state.page}
                onFilters={onFilters}
                onPage={(page) => update((current) => ({ ...current, page }))}
              />
            )}
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Bank Statement Centre",
  rank: 4,
})

export default BankStatementCentrePage

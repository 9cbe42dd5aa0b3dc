import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { LinkFeedForm } from "../../../components/feeds/link-feed-form"
import { LinkedFeeds } from "../../../components/feeds/linked-feeds"

/** Link Bank Feeds: map a connected bank account to a ledger account; below, the linked feeds. */
function LinkBankFeedsPage() {
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Link Bank Feeds</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Map a bank account to your chart of accounts and choose the first date to import; its transactions then
            import by themselves.
          </Text>
        </div>
        <div className="px-6 py-6">
          <LinkFeedForm />
        </div>
      </Container>
      <Container className="divide-y p-0">
        <LinkedFeeds />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Link Bank Feeds",
  rank: 2,
})

export default LinkBankFeedsPage

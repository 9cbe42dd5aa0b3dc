import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ProviderStatus } from "../../components/provider-status"
import { useBankConnections } from "../../hooks/api/connections"
import { useBankingProviders } from "../../hooks/api/providers"
import { connectionHealth, HEALTH_WORDS } from "../../lib/connection-health"

/** The Banking screens; those with a `to` exist already and open from their card. */
const SCREENS: { title: string; description: string; to?: string }[] = [
  {
    title: "Connect Bank Accounts",
    description: "Sign in to a Canadian or US bank through Flinks and bring its accounts in.",
    to: "/banking/connect",
  },
  {
    title: "Link Bank Feeds",
    description: "Map a bank account to your chart of accounts; its transactions then import by themselves.",
    to: "/banking/link-feeds",
  },
  {
    title: "Manage Added Accounts",
    description: "See each connection's health, update credentials, unlink or delete.",
    to: "/banking/accounts",
  },
  {
    title: "Bank Statement Centre",
    description: "Search imported statements and lines, reconcile, download, refresh.",
    to: "/banking/statements",
  },
]

function BankingPage() {
  const providers = useBankingProviders()
  const connections = useBankConnections()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">Banking</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Bank feeds through Flinks: connect your bank accounts and import their transactions into your books.
            </Text>
          </div>
          <Button size="small" variant="secondary" className="shrink-0 whitespace-nowrap" asChild>
            <Link to="/banking/connect">Connect a bank</Link>
          </Button>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          {SCREENS.map((screen) => {
            const body = (
              <>
                <Text size="small" weight="plus">
                  {screen.title}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {screen.description}
                </Text>
              </>
            )
            return screen.to ? (
              <Link
                key={screen.title}
                to={screen.to}
                className="rounded-lg border border-ui-border-base p-4 outline-none transition-fg hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus"
              >
                {body}
              </Link>
            ) : (
              <div key={screen.title} className="rounded-lg border border-ui-border-base p-4">
                {body}
              </div>
            )
          })}
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Providers</Heading>
        </div>
        {providers.isError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error">
            Could not load the providers: {providers.error.message}
          </Text>
        )}
        {providers.data?.providers.map((provider) => (
          <ProviderStatus key={provider.id} provider={provider} />
        ))}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Connections</Heading>
        </div>
        {connections.isError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error">
            Could not load the connections: {connections.error.message}
          </Text>
        )}
        {connections.data && connections.data.count === 0 && (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="banking-empty">
            No bank connected yet.
          </Text>
        )}
        {connections.data?.connections.map((connection) => (
          <div
            key={connection.id}
            className="flex items-center justify-between px-6 py-4"
            data-testid="banking-connection"
          >
            <Text size="small" weight="plus">
              {connection.connection_name}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {connection.accounts.length} accounts · {HEALTH_WORDS[connectionHealth(connection).state].label}
            </Text>
          </div>
        ))}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Banking",
  icon: Buildings,
})

export default BankingPage

import { Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** Nothing to manage yet: the way to Connect Bank Accounts. */
export function NoConnections() {
  return (
    <Container className="px-6 py-8" data-testid="manage-accounts-empty">
      <Text size="small" className="text-ui-fg-subtle">
        No bank account is connected yet.{" "}
        <Link to="/banking/connect" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          Connect Bank Accounts
        </Link>{" "}
        to add one.
      </Text>
    </Container>
  )
}

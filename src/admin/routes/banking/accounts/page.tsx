import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { ConnectionCard } from "../../../components/manage-accounts/connection-card"
import { NoConnections } from "../../../components/manage-accounts/no-connections"
import { useBankConnections } from "../../../hooks/api/connections"
import { merchantMessage } from "../../../lib/merchant-message"

const PAGE_SIZE = 20

/** Manage Added Accounts: every connection with its health and accounts; edit credentials, unlink, delete. */
function ManageAddedAccountsPage() {
  const [pageIndex, setPageIndex] = useState(0)
  const connections = useBankConnections({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const count = connections.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const emptyPage = Boolean(connections.data && connections.data.connections.length === 0 && pageIndex > 0)

  // Deleting the last connection of a later page leaves that page empty: go back one.
  useEffect(() => {
    if (emptyPage) setPageIndex((page) => Math.max(0, page - 1))
  }, [emptyPage])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Manage Added Accounts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each bank connection with its health and accounts. Update the sign-in when the bank asks, unlink a feed, or
            delete a connection.
          </Text>
        </div>
        <Button size="small" variant="secondary" className="shrink-0 whitespace-nowrap" asChild>
          <Link to="/banking/connect">Connect a bank</Link>
        </Button>
      </Container>

      {connections.isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error" role="alert">
            Could not load the connections: {merchantMessage(connections.error)}
          </Text>
        </Container>
      )}
      {connections.isPending && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Loading the connections…
          </Text>
        </Container>
      )}
      {connections.data && count === 0 && <NoConnections />}
      {connections.data?.connections.map((connection) => (
        <ConnectionCard key={connection.id} connection={connection} />
      ))}
      {count > PAGE_SIZE && (
        <Container className="p-0">
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((page) => Math.max(0, page - 1))}
            nextPage={() => setPageIndex((page) => page + 1)}
          />
        </Container>
      )}
    </div>
  )
}

// The sidebar's shorter name: "Manage Added Accounts" wraps onto two lines there.
export const config = defineRouteConfig({
  label: "Manage Accounts",
  rank: 3,
})

export default ManageAddedAccountsPage

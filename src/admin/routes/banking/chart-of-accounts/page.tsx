import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Switch, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ImportLedgerAccountsDrawer } from "../../../components/chart-of-accounts/import-ledger-accounts-drawer"
import { LedgerAccountDrawer } from "../../../components/chart-of-accounts/ledger-account-drawer"
import { LedgerAccountsTable } from "../../../components/chart-of-accounts/ledger-accounts-table"
import { useLedgerAccounts } from "../../../hooks/api/ledger-accounts"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { merchantMessage } from "../../../lib/merchant-message"
import type { AdminLedgerAccount } from "../../../../types/http"

const PAGE_SIZE = 50

type DrawerState = ({ kind: "create" } | { kind: "edit"; account: AdminLedgerAccount } | { kind: "import" }) & {
  open: boolean
}

/** Chart of Accounts: the ledger accounts bank feeds post to; create, edit, archive, import. */
function ChartOfAccountsPage() {
  const [search, setSearch] = useState("")
  const [showArchived, setShowArchived] = useState(false)
  const [pageIndex, setPageIndex] = useState(0)
  // Closing keeps what the drawer showed, so it does not change under the merchant's eyes as it slides out.
  const [drawer, setDrawer] = useState<DrawerState>({ kind: "create", open: false })
  const q = useDebouncedValue(search.trim())

  // A new search or filter starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search or filter is what sends the list back to its first page
  useEffect(() => setPageIndex(0), [q, showArchived])

  const accounts = useLedgerAccounts({
    q,
    include_archived: showArchived,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const count = accounts.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const closeDrawer = (open: boolean) => !open && setDrawer((current) => ({ ...current, open: false }))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Chart of Accounts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The ledger accounts your bank feeds post to: each has a code, a name, a type and a currency.
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setDrawer({ kind: "import", open: true })}>
            <ArrowUpTray />
            Import CSV
          </Button>
          <Button size="small" onClick={() => setDrawer({ kind: "create", open: true })}>
            <Plus />
            Create
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Input
          type="search"
          size="small"
          placeholder="Search code or name"
          aria-label="Search code or name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-full max-w-xs"
        />
        <div className="flex items-center gap-x-2">
          <Switch id="show-archived" checked={showArchived} onCheckedChange={setShowArchived} />
          <Label htmlFor="show-archived" size="small">
            Show archived
          </Label>
        </div>
      </div>

      {accounts.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the chart of accounts: {merchantMessage(accounts.error)}
        </Text>
      )}
      {accounts.isPending && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading the chart of accounts…
        </Text>
      )}
      {accounts.data && count === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="ledger-accounts-empty">
          {q
            ? `No ledger account matches "${q}".`
            : "No ledger account yet. Create one, or import your chart from a CSV file."}
        </Text>
      )}
      {accounts.data && count > 0 && (
        <div className="p-0">
          <LedgerAccountsTable
            accounts={accounts.data.ledger_accounts}
            onEdit={(account) => setDrawer({ kind: "edit", account, open: true })}
          />
          {count > PAGE_SIZE && (
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
          )}
        </div>
      )}

      <LedgerAccountDrawer
        open={drawer.open && drawer.kind !== "import"}
        onOpenChange={closeDrawer}
        account={drawer.kind === "edit" ? drawer.account : undefined}
      />
      <ImportLedgerAccountsDrawer open={drawer.open && drawer.kind === "import"} onOpenChange={closeDrawer} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chart of Accounts",
  rank: 5,
})

export default ChartOfAccountsPage

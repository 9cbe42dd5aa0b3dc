import { StatusBadge, Table } from "@medusajs/ui"
import { LedgerAccountActions } from "./ledger-account-actions"
import { typeLabel } from "./type-label"
import type { AdminLedgerAccount } from "../../../types/http"

type Props = { accounts: AdminLedgerAccount[]; onEdit: (account: AdminLedgerAccount) => void }

/** The chart of accounts, one row per account, in the order the server gives (by code). */
export function LedgerAccountsTable({ accounts, onEdit }: Props) {
  return (
    <Table aria-label="Ledger accounts">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Code</Table.HeaderCell>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Type</Table.HeaderCell>
          <Table.HeaderCell>Currency</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="w-px">
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {accounts.map((account) => (
          <Table.Row key={account.id} data-testid="ledger-account-row">
            <Table.Cell className="font-mono">{account.code}</Table.Cell>
            <Table.Cell>
              <span title={account.description ?? undefined}>{account.name}</span>
            </Table.Cell>
            <Table.Cell>{typeLabel(account.type)}</Table.Cell>
            <Table.Cell>{account.currency_code}</Table.Cell>
            <Table.Cell>
              {account.archived_at ? (
                <StatusBadge color="grey">Archived</StatusBadge>
              ) : (
                <StatusBadge color="green">Active</StatusBadge>
              )}
            </Table.Cell>
            <Table.Cell>
              <LedgerAccountActions account={account} onEdit={onEdit} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

import { Button, Heading, Table, Text } from "@medusajs/ui"
import { accountTypeWords } from "../../lib/account-type-words"
import { formatMoney } from "../../lib/format-money"
import type { AdminCompleteConnectSessionResponse } from "../../../types/http"

type Props = {
  result: AdminCompleteConnectSessionResponse
  onConnectAnother: () => void
  onDone: () => void
}

/** Step 5: what was connected, account by account. */
export function ConnectedAccounts({ result, onConnectAnother, onDone }: Props) {
  const { connection, created } = result
  const count = connection.accounts.length
  return (
    <div className="flex flex-col gap-y-4" data-testid="connect-success">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Connected to {connection.connection_name}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {created
            ? `${count} ${count === 1 ? "account was" : "accounts were"} added. Link them to your chart of accounts in Link Bank Feeds.`
            : "This bank login was already connected; its accounts were refreshed."}
        </Text>
      </div>
      <div className="overflow-hidden rounded-lg border border-ui-border-base">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Account</Table.HeaderCell>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Currency</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {connection.accounts.map((account) => (
              <Table.Row key={account.id}>
                <Table.Cell>{account.title}</Table.Cell>
                <Table.Cell className="font-mono">{account.account_number_masked ?? "—"}</Table.Cell>
                <Table.Cell>{accountTypeWords(account.type)}</Table.Cell>
                <Table.Cell>{account.currency_code.toUpperCase()}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatMoney(account.balance_current, account.currency_code)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex items-center gap-x-2">
        <Button variant="secondary" size="small" onClick={onConnectAnother}>
          Connect another bank
        </Button>
        <Button size="small" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  )
}

import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { accountTypeWords } from "../../lib/account-type-words"
import { formatMoney } from "../../lib/format-money"
import { lastDigits } from "../feeds/labels"
import { formatMoment, keptLinesPath, notLinkedLabel } from "./labels"
import { UnlinkFeedButton } from "./unlink-feed-button"
import type { AdminBankConnectionAccount } from "../../../types/http"

/** A connection's accounts, each with the ledger account its feed posts to, if any, and its Unlink. */
export function ConnectionAccountsTable({
  institution,
  accounts,
}: {
  institution: string
  accounts: AdminBankConnectionAccount[]
}) {
  if (accounts.length === 0) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        Flinks returned no account for this login.
      </Text>
    )
  }
  return (
    <Table aria-label={`Accounts at ${institution}`}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Account</Table.HeaderCell>
          <Table.HeaderCell>Type</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell>Bank feed</Table.HeaderCell>
          <Table.HeaderCell>Last import</Table.HeaderCell>
          <Table.HeaderCell>
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {accounts.map((account) => (
          <Table.Row key={account.id} data-testid="connection-account" className="[&_td]:py-2">
            <Table.Cell>
              <span className="text-ui-fg-base">{account.title}</span>{" "}
              <span className="text-ui-fg-muted">{lastDigits(account.account_number_masked)}</span>
            </Table.Cell>
            <Table.Cell>
              {accountTypeWords(account.type)} · {account.currency_code.toUpperCase()}
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">
              {formatMoney(account.balance_current, account.currency_code)}
            </Table.Cell>
            <Table.Cell data-testid="connection-account-feed">
              {account.feed ? (
                <div className="flex flex-col">
                  <span className="text-ui-fg-base">
                    {account.feed.ledger_account.code} {account.feed.ledger_account.name}
                  </span>
                  <span className="text-ui-fg-subtle">from {account.feed.start_date}</span>
                </div>
              ) : account.kept_lines ? (
                <div className="flex flex-col" data-testid="connection-account-kept-lines">
                  <span className="text-ui-fg-subtle">{notLinkedLabel(account.kept_lines.count)}</span>
                  <Link
                    to={keptLinesPath(account.kept_lines.feed_id)}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    See them in the Statement Centre
                  </Link>
                </div>
              ) : (
                <span className="text-ui-fg-muted">{notLinkedLabel(0)}</span>
              )}
            </Table.Cell>
            <Table.Cell className="tabular-nums">
              {account.feed ? formatMoment(account.feed.last_import_at) : "—"}
            </Table.Cell>
            <Table.Cell className="text-right">
              {account.feed && <UnlinkFeedButton account={account} feed={account.feed} />}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

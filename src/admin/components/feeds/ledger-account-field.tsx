import { Hint, Label, Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useFeedLedgerAccounts } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import { ledgerAccountLabel } from "./labels"

type Props = {
  /** The chosen bank account's currency; nothing can be chosen before there is one. */
  currencyCode: string | undefined
  value: string
  onChange: (id: string) => void
  error?: string
}

/** The ledger account the feed posts to: an active asset or liability account in the bank account's currency. */
export function LedgerAccountField({ currencyCode, value, onChange, error }: Props) {
  const accounts = useFeedLedgerAccounts(currencyCode)
  const list = accounts.data?.ledger_accounts

  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="feed-ledger-account" size="small" weight="plus">
        Ledger account
      </Label>
      {accounts.isError && (
        <Hint variant="error">Could not load the ledger accounts: {merchantMessage(accounts.error)}</Hint>
      )}
      {currencyCode && list && list.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="feed-no-ledger-account">
          No active asset or liability ledger account is in {currencyCode.toUpperCase()}.{" "}
          <Link to="/banking/chart-of-accounts" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            Create one in the Chart of Accounts
          </Link>
          , then come back.
        </Text>
      ) : (
        <Select size="small" value={value} onValueChange={onChange} disabled={!currencyCode || !list}>
          <Select.Trigger id="feed-ledger-account" aria-invalid={Boolean(error)}>
            <Select.Value
              placeholder={
                !currencyCode
                  ? "Choose a bank account first"
                  : list
                    ? `Choose a ledger account in ${currencyCode.toUpperCase()}`
                    : "Loading the ledger accounts…"
              }
            />
          </Select.Trigger>
          <Select.Content>
            {list?.map((account) => (
              <Select.Item key={account.id} value={account.id}>
                {ledgerAccountLabel(account)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )}
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}

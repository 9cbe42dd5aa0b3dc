import { Hint, Label, Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAvailableBankAccounts } from "../../hooks/api/feeds"
import { merchantMessage } from "../../lib/merchant-message"
import { bankAccountLabel } from "./labels"

type Props = { value: string; onChange: (id: string) => void; error?: string }

/** "Bank Account Feeds": the connected accounts no feed imports yet. */
export function BankAccountField({ value, onChange, error }: Props) {
  const accounts = useAvailableBankAccounts()
  const list = accounts.data?.bank_accounts

  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="feed-bank-account" size="small" weight="plus">
        Bank Account Feeds
      </Label>
      {accounts.isError && (
        <Hint variant="error">Could not load the bank accounts: {merchantMessage(accounts.error)}</Hint>
      )}
      {list && list.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="feed-no-bank-account">
          Every connected bank account already has a feed.{" "}
          <Link to="/banking/connect" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            Connect a bank
          </Link>{" "}
          to add more.
        </Text>
      ) : (
        <Select size="small" value={value} onValueChange={onChange} disabled={!list}>
          <Select.Trigger id="feed-bank-account" aria-invalid={Boolean(error)}>
            <Select.Value placeholder={list ? "Choose a bank account" : "Loading the bank accounts…"} />
          </Select.Trigger>
          <Select.Content>
            {list?.map((account) => (
              <Select.Item key={account.id} value={account.id}>
                {bankAccountLabel(account)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )}
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}

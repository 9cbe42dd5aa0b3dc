import type { AdminBankFeedAccount } from "../../types/http"
import { lastDigits } from "./feeds/labels"

type Account = Pick<AdminBankFeedAccount, "title" | "account_number_masked" | "currency_code" | "connection_name">

/** "Chequing CAD ···1000" over "Flinks Capital (Flinks Canada) · CAD": a feed's bank account in a list. */
export function BankAccountName({ account, title = account.title }: { account: Account; title?: string }) {
  return (
    <div className="flex flex-col items-start">
      <span className="text-ui-fg-base">
        {title} <span className="text-ui-fg-muted">{lastDigits(account.account_number_masked)}</span>
      </span>
      <span className="text-ui-fg-subtle">
        {account.connection_name} · {account.currency_code.toUpperCase()}
      </span>
    </div>
  )
}

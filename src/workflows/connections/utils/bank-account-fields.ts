import { FlinksAccount } from "../../../lib/flinks"
import { exactAmount } from "../../../lib/banking/exact-amount"

const DEFAULT_CURRENCY = { "flinks-ca": "CAD", "flinks-us": "USD" } as const

/** Keeps the last four digits only: the books need to recognise the account, not to pay from it. */
export function maskAccountNumber(number: string | null): string | null {
  if (!number || number.includes("*")) return number
  return number.length <= 4 ? number : `${"*".repeat(number.length - 4)}${number.slice(-4)}`
}

/**
 * A Flinks account as a bank_account row; amounts stay decimal strings. `bankOrder` is its place
 * in the list Flinks returned, which is the bank's order.
 */
export function bankAccountFields(
  account: FlinksAccount,
  provider: keyof typeof DEFAULT_CURRENCY,
  now: Date,
  bankOrder: number
) {
  const holder = account.accountType?.toLowerCase()
  const holderType: "personal" | "business" | null = holder === "personal" || holder === "business" ? holder : null
  return {
    provider_account_id: account.providerAccountId,
    title: account.title ?? account.type ?? "Account",
    account_number_masked: maskAccountNumber(account.accountNumber),
    last_four_digits: account.lastFourDigits,
    transit_number: account.transitNumber,
    institution_number: account.institutionNumber,
    type: account.type ?? "Other",
    category: account.category ?? "Other",
    bank_order: bankOrder,
    holder_type: holderType,
    currency_code: (account.currency ?? DEFAULT_CURRENCY[provider]).toUpperCase(),
    balance_current: exactAmount(account.balance.current),
    balance_available: exactAmount(account.balance.available),
    balance_limit: exactAmount(account.balance.limit),
    overdraft_limit: exactAmount(account.overdraftLimit),
    balances_updated_at: now,
  }
}

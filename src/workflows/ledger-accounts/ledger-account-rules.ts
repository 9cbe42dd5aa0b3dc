import { LEDGER_ACCOUNT_TYPES } from "../../types"

/**
 * What makes a ledger account's fields acceptable, written once: the admin routes and the CSV
 * import both refuse with these sentences, so a merchant reads the same reason either way.
 * Each check answers null when the value is fine, else the reason.
 */

export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number]

export const CODE_PATTERN = /^[A-Za-z0-9.-]{1,20}$/
export const CURRENCY_PATTERN = /^[A-Za-z]{3}$/
export const NAME_MAX_LENGTH = 200
export const DESCRIPTION_MAX_LENGTH = 1000

export function codeProblem(code: string): string | null {
  if (!code) return "code is missing"
  return CODE_PATTERN.test(code) ? null : "code must be 1 to 20 letters, digits, dots or dashes"
}

export function nameProblem(name: string): string | null {
  if (!name) return "name is missing"
  return name.length > NAME_MAX_LENGTH ? `name must be at most ${NAME_MAX_LENGTH} characters` : null
}

export function typeProblem(type: string): string | null {
  return isLedgerAccountType(type) ? null : `type must be one of ${LEDGER_ACCOUNT_TYPES.join(", ")}`
}

export function currencyProblem(currency: string): string | null {
  return CURRENCY_PATTERN.test(currency) ? null : "currency must be a 3-letter code such as CAD"
}

export function descriptionProblem(description: string): string | null {
  return description.length > DESCRIPTION_MAX_LENGTH
    ? `description must be at most ${DESCRIPTION_MAX_LENGTH} characters`
    : null
}

export function isLedgerAccountType(value: string): value is LedgerAccountType {
  return (LEDGER_ACCOUNT_TYPES as readonly string[]).includes(value)
}

/** How the books store a type and a currency, whatever case the merchant typed. */
export const normaliseType = (type: string) => type.trim().toLowerCase()
export const normaliseCurrency = (currency: string) => currency.trim().toUpperCase()

/** An account named the way the messages name it: "1010 Bank - Chequing CAD". */
export const accountLabel = (account: { code: string; name: string }) => `${account.code} ${account.name}`

/**
 * A bank account's type as the screens print it: Flinks sends a code ("CreditCard",
 * "LineOfCredit"), a merchant reads words ("Credit card", "Line of credit").
 */

// Keyed by the code reduced to lower-case letters and digits, so "CreditCard", "credit_card" and
// "CREDIT CARD" all read the same; registered plans (TFSA, RRSP, ...) are their own words already.
const WORDS: Record<string, string> = {
  chequing: "Chequing",
  checking: "Checking",
  savings: "Savings",
  creditcard: "Credit card",
  lineofcredit: "Line of credit",
  mortgage: "Mortgage",
  loan: "Loan",
  investment: "Investment",
  prepaid: "Prepaid card",
  other: "Other",
}

const ACRONYM = /^[A-Z0-9]{2,}$/

/** "Credit card" for "CreditCard"; a code nobody listed still reads as words ("HomeEquityLine" is "Home equity line"). */
export function accountTypeWords(code: string | null | undefined): string {
  const text = (code ?? "").trim()
  if (!text) return WORDS.other
  const known = WORDS[text.toLowerCase().replace(/[^a-z0-9]/g, "")]
  if (known) return known
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => (ACRONYM.test(word) ? word : word.toLowerCase()))
  return words.map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word)).join(" ")
}

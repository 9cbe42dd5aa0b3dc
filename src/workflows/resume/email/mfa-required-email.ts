import escapeHtml from "escape-html"

export type MfaEmailInput = {
  institution_name: string
  accounts: { title: string; account_number_masked: string | null }[]
  /** The last bank date imported, "YYYY-MM-DD"; lines after it are missing. Null before any import. */
  missing_after: string | null
  resume_url: string
  expires_at: Date
  reminder: boolean
}

const accountLabel = (account: MfaEmailInput["accounts"][number]) =>
  account.account_number_masked ? `${account.title} (${account.account_number_masked})` : account.title

/** The email that tells a recipient the bank wants them, and how to come back: subject, text and HTML. */
export function mfaRequiredEmail(input: MfaEmailInput) {
  const subject = `${input.reminder ? "Reminder: " : ""}${input.institution_name} is asking for a verification — bank transactions are on hold`
  const missing = input.missing_after
    ? `Transactions after ${input.missing_after} have not been imported yet.`
    : "No transactions have been imported yet."
  const expires = `${input.expires_at.toISOString().slice(0, 16).replace("T", " ")} UTC`
  const text = [
    `${input.institution_name} asked for a verification (multi-factor authentication) the last time the store tried to refresh your bank feed, so transactions stopped arriving.`,
    "",
    "Accounts affected:",
    ...input.accounts.map((account) => `- ${accountLabel(account)}`),
    "",
    missing,
    "",
    "Open this link, sign in to the store's admin if asked, and answer your bank's question:",
    input.resume_url,
    "",
    `The link works once and until ${expires}. After that, use Edit Credentials in Banking > Manage Added Accounts.`,
  ].join("\n")
  const html = [
    `<p>${escapeHtml(input.institution_name)} asked for a verification (multi-factor authentication) the last time the store tried to refresh your bank feed, so transactions stopped arriving.</p>`,
    `<p>Accounts affected:</p><ul>${input.accounts.map((account) => `<li>${escapeHtml(accountLabel(account))}</li>`).join("")}</ul>`,
    `<p>${escapeHtml(missing)}</p>`,
    `<p><a href="${escapeHtml(input.resume_url)}">Answer your bank's question</a></p>`,
    `<p>The link works once and until ${escapeHtml(expires)}. After that, use Edit Credentials in Banking &gt; Manage Added Accounts.</p>`,
  ].join("\n")
  return { subject, text, html }
}

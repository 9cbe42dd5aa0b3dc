/**
 * Flinks' Services Privacy Statement as the merchant is shown it before connecting a bank. The
 * version is recorded with each consent; changing the text means changing the version, so an
 * agreement to an older text no longer starts a connection.
 */
export const FLINKS_PRIVACY_STATEMENT = {
  version: "flinks-services-privacy-2024-06",
  url: "https://flinks.com/privacy-policy/",
  summary: [
    "Flinks connects to your bank on your behalf to read your accounts, balances and transactions.",
    "Your bank username and password go to Flinks and your bank only; this store never sees them.",
    "Flinks keeps the data it reads to serve this connection until you delete the connection.",
    "You can delete the connection at any time from Manage Added Accounts; the login is then deleted at Flinks too.",
  ],
} as const

type SearchableFeed = {
  bank_account: { title: string; account_number_masked: string | null; institution_name: string }
  ledger_account: { code: string; name: string }
}

/**
 * Statement Centre search: every word must appear, in any case and without accents, somewhere in
 * the bank, the account or the ledger account. A merchant has tens of feeds, not thousands, so
 * this runs over the listed feeds.
 */
export function feedMatches(feed: SearchableFeed, q: string): boolean {
  const fold = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
  const haystack = fold(
    [
      feed.bank_account.institution_name,
      feed.bank_account.title,
      feed.bank_account.account_number_masked ?? "",
      feed.ledger_account.code,
      feed.ledger_account.name,
    ].join(" ")
  )
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

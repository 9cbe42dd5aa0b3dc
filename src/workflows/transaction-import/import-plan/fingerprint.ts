import { createHash } from "node:crypto"
import { FlinksTransaction } from "../../../lib/flinks"

/**
 * What identifies a bank line when its provider id changes: account, date, amount, description and
 * running balance. Two identical lines of one day (same coffee twice, no running balance) are still
 * two lines, so each repeat within one pull gets its own number.
 */
export function fingerprintLines(bankAccountId: string, lines: FlinksTransaction[]): string[] {
  const seen = new Map<string, number>()
  const digest = (text: string) => createHash("sha256").update(text).digest("base64")
  return lines.map((line) => {
    const base = [
      bankAccountId,
      line.date,
      line.debit === null ? "" : `-${line.debit}`,
      line.credit ?? "",
      (line.description ?? "").trim().replace(/\s+/g, " ").toLowerCase(),
      line.balance ?? "",
    ].join("|")
    // Counted by the base's digest rather than the base itself: a long string per line adds up.
    const baseDigest = digest(base)
    const occurrence = (seen.get(baseDigest) ?? 0) + 1
    seen.set(baseDigest, occurrence)
    return occurrence === 1 ? baseDigest : digest(`${base}#${occurrence}`)
  })
}

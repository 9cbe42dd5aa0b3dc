import { FlinksStreamedTransaction } from "../../../lib/flinks"

/**
 * What identifies a bank line when its provider id changes: date, amount, description and running
 * balance, of one account. The account's id leads the fingerprint but is not known while the
 * answer streams in (Flinks may send an account's lines before its Id), so the module prefixes it;
 * it also numbers the repeats of one day's identical line (the same coffee twice), which are still
 * two lines. The result is the fingerprint the import has always stored:
 * base64(sha256("<account>|<tail>" + ("#n" for the n-th repeat))).
 */
export function fingerprintTail(line: FlinksStreamedTransaction): string {
  return [
    line.date,
    line.debit === null ? "" : `-${line.debit}`,
    line.credit ?? "",
    (line.description ?? "").trim().replace(/\s+/g, " ").toLowerCase(),
    line.balance ?? "",
  ].join("|")
}

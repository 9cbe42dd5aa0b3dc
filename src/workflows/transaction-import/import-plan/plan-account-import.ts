import { FlinksTransaction } from "../../../lib/flinks"
import type { ImportedLine } from "../../../types"
import { chronological } from "./chronological"
import { fingerprintLines } from "./fingerprint"

/** A fetched line that is also the banking module's input (ImportedLine, snake_case). */
export type PlannedLine = FlinksTransaction & ImportedLine

/**
 * The line itself, marked with its fingerprint and its id under the module's name: a copy per line
 * would double an import's memory.
 */
function withFingerprint(line: FlinksTransaction, fingerprint: string): PlannedLine {
  const planned = line as PlannedLine
  planned.fingerprint = fingerprint
  planned.provider_transaction_id = line.providerTransactionId
  return planned
}

export type AccountImportPlan = {
  /** New lines, oldest first. */
  toInsert: PlannedLine[]
  fetched: number
  /** Already imported under the same provider id. */
  duplicates: number
  /** Already imported under another provider id (Flinks re-keyed the line). */
  rekeyed: number
  /** Dated before the feed's start date. */
  beforeStart: number
}

/**
 * Decides which fetched lines are new. Nothing is written here; the same plan run twice gives the
 * same answer, which is what lets an interrupted import simply run again.
 */
export function planAccountImport(input: {
  bankAccountId: string
  lines: FlinksTransaction[]
  startDate: string
  knownProviderIds: ReadonlySet<string>
  knownFingerprints: ReadonlySet<string>
}): AccountImportPlan {
  const ordered = chronological(input.lines)
  const fingerprints = fingerprintLines(input.bankAccountId, ordered)
  const plan: AccountImportPlan = { toInsert: [], fetched: ordered.length, duplicates: 0, rekeyed: 0, beforeStart: 0 }
  const takenIds = new Set<string>()
  ordered.forEach((line, index) => {
    const fingerprint = fingerprints[index]
    if (line.date < input.startDate) {
      plan.beforeStart++
    } else if (input.knownProviderIds.has(line.providerTransactionId) || takenIds.has(line.providerTransactionId)) {
      plan.duplicates++
    } else if (input.knownFingerprints.has(fingerprint)) {
      plan.rekeyed++
    } else {
      takenIds.add(line.providerTransactionId)
      plan.toInsert.push(withFingerprint(line, fingerprint))
    }
  })
  return plan
}

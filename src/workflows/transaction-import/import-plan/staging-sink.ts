import { entityIdFactory } from "../../../lib/banking/entity-ids"
import { FlinksTransaction, FlinksTransactionSink } from "../../../lib/flinks"
import type { IBankingModuleService } from "../../../types"
import { fingerprintTail } from "./fingerprint"

/** What the answer held for one account: how many lines, the dates at its two ends, the earliest. */
export type StagedAccount = {
  count: number
  first_date: string | null
  last_date: string | null
  earliest_date: string | null
}

const NOTHING_STAGED: StagedAccount = { count: 0, first_date: null, last_date: null, earliest_date: null }

export type StagingSink = FlinksTransactionSink & {
  /** The account at this position of the answer, as staged. */
  account(accountIndex: number): StagedAccount
  /** The earliest date among every staged line: where the import's window actually began. */
  earliestDate(): string | null
}

/**
 * Receives the answer's lines as they stream in and stages them (COPY) for the banking module,
 * holding only the chunk in hand. A new answer (a retry after a broken read) starts over.
 */
export function stagingSink(banking: IBankingModuleService, syncRunId: string): StagingSink {
  const nextId = entityIdFactory("btxn")
  let accounts = new Map<number, StagedAccount>()
  return {
    async restart() {
      accounts = new Map()
      await banking.discardStagedLines(syncRunId)
    },
    async write(accountIndex: number, lines: FlinksTransaction[]) {
      if (!lines.length) return
      const staged = accounts.get(accountIndex) ?? { ...NOTHING_STAGED }
      accounts.set(accountIndex, staged)
      const rows = lines.map((line, offset) => {
        if (staged.earliest_date === null || line.date < staged.earliest_date) staged.earliest_date = line.date
        return {
          id: nextId(),
          position: staged.count + offset,
          provider_transaction_id: line.providerTransactionId,
          date: line.date,
          description: line.description,
          debit: line.debit,
          credit: line.credit,
          balance: line.balance,
          fingerprint_tail: fingerprintTail(line),
          raw: line.raw === null ? null : JSON.stringify(line.raw),
        }
      })
      staged.first_date ??= lines[0].date
      staged.last_date = lines[lines.length - 1].date
      staged.count += lines.length
      await banking.stageImportLines(syncRunId, accountIndex, rows)
    },
    account(accountIndex: number) {
      return accounts.get(accountIndex) ?? NOTHING_STAGED
    },
    earliestDate() {
      let earliest: string | null = null
      for (const { earliest_date } of accounts.values()) {
        if (earliest_date !== null && (earliest === null || earliest_date < earliest)) earliest = earliest_date
      }
      return earliest
    },
  }
}

/**
 * Flinks does not document its order (newest first is usual): an account whose first line is
 * later than its last was listed newest first, and is read backwards.
 */
export function listedNewestFirst(account: StagedAccount): boolean {
  return account.first_date !== null && account.last_date !== null && account.first_date > account.last_date
}

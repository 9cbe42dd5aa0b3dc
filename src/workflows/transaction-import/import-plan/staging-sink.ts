import { entityIdFactory } from "../../../lib/banking/entity-ids"
import { FlinksStreamedTransaction, FlinksTransactionSink } from "../../../lib/flinks"
import type { IBankingModuleService, StagedAccountLines } from "../../../types"
import { AnswerOrder } from "./answer-order"
import { fingerprintTail } from "./fingerprint"

export type StagingSink = FlinksTransactionSink & {
  /** How many lines the account at this position of the answer had. */
  count(accountIndex: number): number
  /** Where the account's staged lines are, and how to read them in the order they happened. */
  staged(accountIndex: number): StagedAccountLines
  /** The earliest date among every staged line: where the import's window actually began. */
  earliestDate(): string | null
}

/**
 * Receives the answer's lines as they stream in and stages them (COPY) for the banking module,
 * holding only the chunk in hand. A new answer (a retry after a broken read) starts over.
 * `beforeFirstLines` runs before any line is staged (a live import begins there).
 */
export function stagingSink(
  banking: IBankingModuleService,
  syncRunId: string,
  beforeFirstLines?: () => Promise<void>
): StagingSink {
  const nextId = entityIdFactory("btxn")
  let accounts = new Map<number, AnswerOrder>()
  const orderOf = (accountIndex: number) => accounts.get(accountIndex) ?? new AnswerOrder()
  return {
    async restart() {
      accounts = new Map()
      await banking.discardStagedLines(syncRunId)
    },
    async write(accountIndex: number, lines: FlinksStreamedTransaction[]) {
      if (!lines.length) return
      await beforeFirstLines?.()
      const order = orderOf(accountIndex)
      accounts.set(accountIndex, order)
      const rows = lines.map((line) => {
        const tail = fingerprintTail(line)
        const position = order.count
        return {
          id: nextId(),
          position,
          provider_transaction_id: line.providerTransactionId,
          date: line.date,
          description: line.description,
          debit: line.debit,
          credit: line.credit,
          balance: line.balance,
          fingerprint_tail: tail,
          repeat_number: order.next(line.date, tail),
          raw: line.raw === null ? null : JSON.stringify(line.raw),
        }
      })
      await banking.stageImportLines(syncRunId, accountIndex, rows)
    },
    async finish() {
      await banking.finishStagingLines(syncRunId)
    },
    count(accountIndex: number) {
      return orderOf(accountIndex).count
    },
    staged(accountIndex: number) {
      return { sync_run_id: syncRunId, account_index: accountIndex, ...orderOf(accountIndex).describe() }
    },
    earliestDate() {
      let earliest: string | null = null
      for (const { earliestDate } of accounts.values()) {
        if (earliestDate !== null && (earliest === null || earliestDate < earliest)) earliest = earliestDate
      }
      return earliest
    },
  }
}

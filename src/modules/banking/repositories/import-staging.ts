import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MedusaError, MikroOrmBase } from "@medusajs/framework/utils"
import { from as copyFrom } from "pg-copy-streams"
import { copyTextRow } from "../../../lib/banking/copy-text"
import type { BalanceGapDTO, StagedAccountLines, StagedImportLine } from "../../../types/module"
import {
  COPY_STAGED_LINES,
  COUNT_STAGED_ACCOUNT,
  DISCARD_ABANDONED_STAGING,
  writeStagedAccountSql,
} from "../queries/staged-lines"

/** What writing one account's staged lines found and wrote; amounts exact decimal text. */
export type StagedAccountWrite = {
  fetched: number
  in_window: number
  /** Null when no line was new: no statement is written then. */
  statement_id: string | null
  inserted: number
  /** The newest line written. */
  period_end: string | null
  gaps: BalanceGapDTO[]
}

/**
 * Sorting and numbering a large account's lines happens in memory rather than on disk: the
 * statement sorts the staged lines by fingerprint and by date, ~200 bytes a line.
 */
const WRITE_WORK_MEM = "256MB"

/**
 * The import's staging: an answer's lines go to `bank_import_line` by COPY as they stream in, so
 * the process holds one chunk at a time whatever the answer's size; each account's new lines then
 * go to bank_transaction in one statement inside the account's transaction.
 */
export class ImportStagingRepository extends MikroOrmBase {
  /**
   * COPY on a connection of its own, outside any transaction: staged lines are scratch space for the
   * run, written as they arrive and removed when the run ends.
   */
  async stageLines(
    syncRunId: string,
    accountIndex: number,
    lines: StagedImportLine[],
    sharedContext: Context = {}
  ): Promise<void> {
    if (!lines.length) return
    const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
    let text = ""
    for (const line of lines) {
      text += copyTextRow([
        syncRunId,
        accountIndex,
        line.position,
        line.id,
        line.provider_transaction_id,
        line.date,
        line.description,
        line.debit,
        line.credit,
        line.balance,
        line.fingerprint_tail,
        line.repeat_number,
        line.raw,
      ])
    }
    const connection = await knex.client.acquireConnection()
    try {
      await pipeline(Readable.from([text]), connection.query(copyFrom(COPY_STAGED_LINES)))
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }

  /** Removes a run's staged lines, or, without a run, those of every run that no longer runs. */
  async discardStagedLines(syncRunId: string | null, sharedContext: Context = {}): Promise<void> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    if (syncRunId) {
      await manager.execute("delete from bank_import_line where sync_run_id = ?", [syncRunId])
    } else {
      await manager.execute(DISCARD_ABANDONED_STAGING)
    }
  }

  /** Writes the account's new staged lines and their statement `statement_id`, in the caller's transaction. */
  async writeStagedAccount(
    input: {
      staged: StagedAccountLines
      bank_account_id: string
      feed_id: string
      statement_id: string
      start_date: string
      currency_code: string
    },
    sharedContext: Context = {}
  ): Promise<StagedAccountWrite> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    const transaction = manager.getTransactionContext<Knex.Transaction>()
    if (!transaction) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: imported lines are written in a transaction.")
    }
    // What the ORM may still hold for this transaction goes first.
    await manager.flush()
    const knex = manager.getKnex()
    await knex.raw(`set local work_mem = '${WRITE_WORK_MEM}'`).transacting(transaction)
    const staged = { syncRunId: input.staged.sync_run_id, accountIndex: input.staged.account_index }
    // Fresh statistics of what was just staged, or the planner takes the staged lines for a handful
    // and checks them one by one against the stored ones. Outside the transaction: ANALYZE's lock
    // would otherwise be held to its end, and other connections' imports would wait for it.
    await knex.raw("analyze bank_import_line")
    const counts = await knex
      .raw(COUNT_STAGED_ACCOUNT, { ...staged, startDate: input.start_date })
      .transacting(transaction)
    const written = await knex
      .raw(writeStagedAccountSql(input.staged), {
        ...staged,
        newestFirst: input.staged.newest_first,
        windowStart: input.staged.earliest_date ?? input.start_date,
        bankAccountId: input.bank_account_id,
        startDate: input.start_date,
        feedId: input.feed_id,
        statementId: input.statement_id,
        currencyCode: input.currency_code,
      })
      .transacting(transaction)
    return { ...counts.rows[0], ...written.rows[0] } as StagedAccountWrite
  }
}

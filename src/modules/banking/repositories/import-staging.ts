import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MedusaError, MikroOrmBase } from "@medusajs/framework/utils"
import { copyTextRow } from "../../../lib/banking/copy-text"
import type { BalanceGapDTO, StagedAccountLines, StagedImportLine } from "../../../types/module"
import {
  ACCOUNT_HOLDS_LINES,
  COPY_STAGED_LINES,
  COUNT_STAGED_ACCOUNT,
  DISCARD_ABANDONED_STAGING,
  writeStagedAccountSql,
  COPY_INTO_BANK_TRANSACTION,
  NEWEST_STORED_BALANCE,
  newLinesSelectSql,
  OPEN_COPIED_STATEMENT,
  SETTLE_COPIED_STATEMENT,
  STORED_IN_WINDOW,
  TAKE_IMPORT_ORDER,
} from "../queries/staged-lines"
import { inlineNamedBindings, type SqlValue } from "../queries/sql-literal"
import { copyBetween } from "./copy-between"
import { LiveCopy, type LiveCopyTarget } from "./live-copy"
import { StreamedCopy } from "./streamed-copy"

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
 * Rows per piece of COPY text, about 30 KB, whatever a caller hands over at once: each piece is
 * short-lived and small enough for the garbage collector's young generation.
 */
const COPY_TEXT_ROWS = 100

const COPY_SAVEPOINT = "bank_copy_lines"
const LIVE_SAVEPOINT = "bank_live_lines"
/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = "23505"

/**
 * The import's staging: an answer's lines go to `bank_import_line` by one COPY as they stream in, so
 * the process holds one chunk at a time whatever the answer's size; each account's new lines then
 * go to bank_transaction inside the account's transaction, by COPY when nothing stored can match
 * them, else by one INSERT ... SELECT that skips what is stored.
 */
export class ImportStagingRepository extends MikroOrmBase {
  /** The COPY each run's answer streams into, while it streams. */
  private readonly copies = new Map<string, StreamedCopy>()
  /** The lines each run writes while its answer streams in, when it can (see openLiveCopy). */
  private readonly lives = new Map<string, LiveCopy>()

  /**
   * Sends lines into the run's COPY, opened on a connection of its own outside any transaction at
   * the run's first lines: staged lines are scratch space for the run, visible once the answer has
   * been read whole (finishStaging), removed when the run ends.
   */
  async stageLines(
    syncRunId: string,
    accountIndex: number,
    lines: StagedImportLine[],
    sharedContext: Context = {}
  ): Promise<void> {
    if (!lines.length) return
    let copy = this.copies.get(syncRunId)
    if (!copy) {
      const knex = this.getActiveManager<SqlEntityManager>(sharedContext).getKnex()
      copy = await StreamedCopy.open(knex, COPY_STAGED_LINES)
      this.copies.set(syncRunId, copy)
    }
    try {
      for (let start = 0; start < lines.length; start += COPY_TEXT_ROWS) {
        const piece = lines.slice(start, start + COPY_TEXT_ROWS)
        let text = ""
        for (const line of piece) {
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
        await copy.write(text)
        await this.lives.get(syncRunId)?.take(accountIndex, piece)
      }
    } catch (error) {
      await this.takeCopy(syncRunId)?.abort()
      throw error
    }
  }

  /** The run's open COPY, no longer the run's: the caller finishes or aborts it. */
  private takeCopy(syncRunId: string): StreamedCopy | undefined {
    const copy = this.copies.get(syncRunId)
    this.copies.delete(syncRunId)
    return copy
  }

  /** The answer was read whole: the run's staged lines are committed and can be written. */
  async finishStaging(syncRunId: string): Promise<void> {
    await this.takeCopy(syncRunId)?.finish()
  }

  /**
   * Removes a run's staged lines (its COPY cancelled, should the answer still be streaming), or,
   * without a run, those of every run that no longer runs.
   */
  async discardStagedLines(syncRunId: string | null, sharedContext: Context = {}): Promise<void> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    if (syncRunId) {
      await this.takeCopy(syncRunId)?.abort()
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
    if (this.copies.has(input.staged.sync_run_id)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: the answer is still being staged.")
    }
    const { knex, transaction } = await this.transactionOf(sharedContext)
    await knex.raw(`set local work_mem = '${WRITE_WORK_MEM}'`).transacting(transaction)
    const staged = { syncRunId: input.staged.sync_run_id, accountIndex: input.staged.account_index }
    const counts = await knex
      .raw(COUNT_STAGED_ACCOUNT, { ...staged, startDate: input.start_date })
      .transacting(transaction)
    // Read before either write path adds newer lines: what their first line's balance follows from.
    const previous = await knex
      .raw(NEWEST_STORED_BALANCE, { bankAccountId: input.bank_account_id })
      .transacting(transaction)
    const bindings = {
      ...staged,
      previousBalance: previous.rows[0]?.balance ?? null,
      newestFirst: input.staged.newest_first,
      windowStart: input.staged.earliest_date ?? input.start_date,
      bankAccountId: input.bank_account_id,
      startDate: input.start_date,
      feedId: input.feed_id,
      statementId: input.statement_id,
      currencyCode: input.currency_code,
    }
    const written =
      (await this.copyNewLines(knex, transaction, input.staged, bindings)) ??
      (await this.insertNewLines(knex, transaction, input.staged, bindings))
    return { ...counts.rows[0], ...written } as StagedAccountWrite
  }

  /**
   * Starts writing the run's lines while its answer streams in, in the caller's transaction, which
   * stays open until closeLiveCopy: only on an account that holds no line at all (deleted ones
   * included), where no line can be one already stored. False, with nothing done, on any other.
   */
  async openLiveCopy(
    input: Omit<LiveCopyTarget, "base_order"> & { sync_run_id: string },
    sharedContext: Context = {}
  ): Promise<boolean> {
    const { knex, transaction } = await this.transactionOf(sharedContext)
    const bindings = {
      syncRunId: input.sync_run_id,
      bankAccountId: input.bank_account_id,
      feedId: input.feed_id,
      statementId: input.statement_id,
      startDate: input.start_date,
      currencyCode: input.currency_code,
    }
    const held = await knex.raw(ACCOUNT_HOLDS_LINES, bindings).transacting(transaction)
    if (held.rows[0].stored) return false
    await knex.raw(`savepoint ${LIVE_SAVEPOINT}`).transacting(transaction)
    await knex.raw(OPEN_COPIED_STATEMENT, bindings).transacting(transaction)
    const order = await knex.raw(TAKE_IMPORT_ORDER).transacting(transaction)
    const { sync_run_id, ...target } = input
    this.lives.set(sync_run_id, new LiveCopy(transaction, { ...target, base_order: order.rows[0].base }))
    return true
  }

  /**
   * The answer was read whole (`staged`: the account's staged lines), or not at all (null): the
   * live lines are kept, their statement given its figures, when they were all of the answer's
   * account; else everything openLiveCopy did is rolled back and null answered, for the caller to
   * write the staged lines instead (or nothing).
   */
  async closeLiveCopy(
    syncRunId: string,
    staged: StagedAccountLines | null,
    sharedContext: Context = {}
  ): Promise<StagedAccountWrite | null> {
    const live = this.lives.get(syncRunId)
    this.lives.delete(syncRunId)
    if (!live) return null
    const { knex, transaction } = await this.transactionOf(sharedContext)
    // The live lines are those of the answer's first account: kept only when it is the feed's.
    if (staged?.account_index !== 0 || !(await live.end())) {
      await live.giveUp("not kept")
      await knex.raw(`rollback to savepoint ${LIVE_SAVEPOINT}`).transacting(transaction)
      return null
    }
    const bindings = {
      syncRunId,
      accountIndex: staged.account_index,
      startDate: live.target.start_date,
      statementId: live.target.statement_id,
      previousBalance: null,
    }
    const settled = await knex.raw(SETTLE_COPIED_STATEMENT, bindings).transacting(transaction)
    const counts = await knex.raw(COUNT_STAGED_ACCOUNT, bindings).transacting(transaction)
    await knex.raw(`release savepoint ${LIVE_SAVEPOINT}`).transacting(transaction)
    return { ...counts.rows[0], ...settled.rows[0] } as StagedAccountWrite
  }

  /** The caller's transaction, the ORM's pending work flushed into it first. */
  private async transactionOf(sharedContext: Context): Promise<{ knex: Knex; transaction: Knex.Transaction }> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    const transaction = manager.getTransactionContext<Knex.Transaction>()
    if (!transaction) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: imported lines are written in a transaction.")
    }
    await manager.flush()
    return { knex: manager.getKnex(), transaction }
  }

  /** The INSERT ... SELECT path: against the stored lines of the window, provider ids by ON CONFLICT. */
  private async insertNewLines(
    knex: Knex,
    transaction: Knex.Transaction,
    staged: StagedAccountLines,
    bindings: Record<string, SqlValue>
  ): Promise<Omit<StagedAccountWrite, "fetched" | "in_window">> {
    // Fresh statistics of what was just staged, or the planner takes the staged lines for a handful
    // and checks them one by one against the stored ones. Outside the transaction: ANALYZE's lock
    // would otherwise be held to its end, and other connections' imports would wait for it.
    await knex.raw("analyze bank_import_line")
    return (await knex.raw(writeStagedAccountSql(staged), bindings).transacting(transaction)).rows[0]
  }

  /**
   * The COPY path (see STORED_IN_WINDOW in the queries): null when the account holds lines in the
   * window, or when the unique index refused a line, in which case nothing of the attempt is left.
   */
  private async copyNewLines(
    knex: Knex,
    transaction: Knex.Transaction,
    staged: StagedAccountLines,
    bindings: Record<string, SqlValue>
  ): Promise<Omit<StagedAccountWrite, "fetched" | "in_window"> | null> {
    const inWindow = await knex.raw(STORED_IN_WINDOW, bindings).transacting(transaction)
    if (inWindow.rows[0].stored) return null
    await knex.raw(`savepoint ${COPY_SAVEPOINT}`).transacting(transaction)
    try {
      await knex.raw(OPEN_COPIED_STATEMENT, bindings).transacting(transaction)
      const copyOut = `COPY (${inlineNamedBindings(newLinesSelectSql(staged), bindings)}) TO STDOUT`
      await copyBetween(knex, transaction, copyOut, COPY_INTO_BANK_TRANSACTION)
      const settled = await knex.raw(SETTLE_COPIED_STATEMENT, bindings).transacting(transaction)
      await knex.raw(`release savepoint ${COPY_SAVEPOINT}`).transacting(transaction)
      return settled.rows[0]
    } catch (error) {
      if ((error as { code?: string })?.code !== UNIQUE_VIOLATION) throw error
      await knex.raw(`rollback to savepoint ${COPY_SAVEPOINT}`).transacting(transaction)
      return null
    }
  }
}

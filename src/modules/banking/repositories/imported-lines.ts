import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MedusaError, MikroOrmBase } from "@medusajs/framework/utils"
import type { KnownLineKeys, LastStoredLine } from "../../../types/module"

/** A soft delete or its undo: rows whose deleted_at is `from` get `to`. */
export type DeletedAtChange = { from: Date | null; to: Date | null }

/**
 * The import's own SQL: an import can bring a hundred thousand lines, which the ORM would each load
 * and track as an entity for nothing, so lines are read, written and deleted as plain rows. Runs on
 * the caller's manager (its transaction when there is one), as Medusa's pricing repository does.
 */
export class ImportedLinesRepository extends MikroOrmBase {
  /** Provider ids and fingerprints of an account's lines from a date on, deleted ones included. */
  async knownLineKeys(bankAccountId: string, fromDate: string, sharedContext: Context = {}): Promise<KnownLineKeys> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    const rows = await manager.execute<{ provider_transaction_id: string; fingerprint: string }[]>(
      "select provider_transaction_id, fingerprint from bank_transaction where bank_account_id = ? and date >= ?",
      [bankAccountId, fromDate]
    )
    return {
      providerIds: new Set(rows.map((row) => row.provider_transaction_id)),
      fingerprints: new Set(rows.map((row) => row.fingerprint)),
    }
  }

  /** The newest line stored for an account, deleted or not. */
  async lastStoredLine(bankAccountId: string, sharedContext: Context = {}): Promise<LastStoredLine | null> {
    const manager = this.getActiveManager<SqlEntityManager>(sharedContext)
    const [row] = await manager.execute<LastStoredLine[]>(
      "select date, raw_running_balance->>'value' as balance from bank_transaction " +
        "where bank_account_id = ? order by date desc, import_order desc limit 1",
      [bankAccountId]
    )
    return row ?? null
  }

  /** Inserts lines as plain rows (`raw` already JSON text) within the caller's transaction. */
  async insertTransactionRows(rows: Record<string, unknown>[], sharedContext: Context = {}): Promise<void> {
    const { manager, knex, transaction } = inTransaction(this.getActiveManager<SqlEntityManager>(sharedContext))
    // The statement these rows point to may still be pending in the ORM: write it first.
    await manager.flush()
    await knex("bank_transaction").insert(rows).transacting(transaction)
  }

  /** Sets deleted_at on the lines, statements and feeds of these accounts, one statement per table. */
  async setImportedDataDeletedAt(
    bankAccountIds: string[],
    change: DeletedAtChange,
    sharedContext: Context = {}
  ): Promise<void> {
    if (!bankAccountIds.length) return
    const { knex, transaction } = inTransaction(this.getActiveManager<SqlEntityManager>(sharedContext))
    for (const table of ["bank_transaction", "bank_statement", "bank_feed"]) {
      await changeDeletedAt(knex(table).whereIn("bank_account_id", bankAccountIds).transacting(transaction), change)
    }
  }

  /** Sets deleted_at on a statement and its lines. */
  async setStatementDeletedAt(
    statementId: string,
    change: DeletedAtChange,
    sharedContext: Context = {}
  ): Promise<void> {
    const { knex, transaction } = inTransaction(this.getActiveManager<SqlEntityManager>(sharedContext))
    for (const [table, column] of [
      ["bank_transaction", "statement_id"],
      ["bank_statement", "id"],
    ]) {
      await changeDeletedAt(knex(table).where(column, statementId).transacting(transaction), change)
    }
  }
}

/** Lines deleted earlier keep their own time, so an undo restores only what its delete removed. */
function changeDeletedAt(query: Knex.QueryBuilder, change: DeletedAtChange) {
  return (change.from ? query.where("deleted_at", change.from) : query.whereNull("deleted_at")).update({
    deleted_at: change.to,
  })
}

/** The manager's knex and open transaction; these writes are only ever part of a caller's transaction. */
function inTransaction(manager: SqlEntityManager) {
  const transaction = manager.getTransactionContext<Knex.Transaction>()
  if (!transaction) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: imported data is written in a transaction.")
  }
  return { manager, knex: manager.getKnex(), transaction }
}

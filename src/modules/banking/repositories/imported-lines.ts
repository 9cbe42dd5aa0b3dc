import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { MedusaError, MikroOrmBase } from "@medusajs/framework/utils"

/** A soft delete or its undo: rows whose deleted_at is `from` get `to`. */
export type DeletedAtChange = { from: Date | null; to: Date | null }

/**
 * Soft deletes and restores of imported data: an account can hold a million lines, which the ORM
 * would each load and track as an entity for nothing, so they change as plain rows. Runs on the
 * caller's manager (its transaction), as Medusa's pricing repository does.
 */
export class ImportedLinesRepository extends MikroOrmBase {
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
  return { knex: manager.getKnex(), transaction }
}

import { pipeline } from "node:stream/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { from as copyFrom, to as copyTo } from "pg-copy-streams"

type CopyConnection = {
  query<T>(stream: T): T
  /** Read by knex's pool: a connection so marked is closed instead of handed out again. */
  __knex__disposed?: unknown
}

/**
 * Streams the rows of `copyOut` (COPY (query) TO STDOUT, on a pool connection of its own) into
 * `copyIn` (COPY ... FROM STDIN, on the transaction's connection): PostgreSQL reads on one
 * connection while it writes on the other, and the process only passes the bytes on.
 *
 * Should either side fail, the reading connection is closed rather than returned to the pool, as
 * it may still be midway through its COPY; the transaction is the caller's to roll back.
 */
export async function copyBetween(
  knex: Knex,
  transaction: Knex.Transaction,
  copyOut: string,
  copyIn: string
): Promise<void> {
  const source = (await knex.client.acquireConnection()) as CopyConnection
  const target = (await transaction.client.acquireConnection()) as CopyConnection
  try {
    await pipeline(source.query(copyTo(copyOut)), target.query(copyFrom(copyIn)))
  } catch (error) {
    // Knex logs this sentence when it closes the connection: no row or value of the COPY in it.
    source.__knex__disposed = "Banking: closed a connection whose COPY was cut short"
    throw error
  } finally {
    await knex.client.releaseConnection(source)
  }
}

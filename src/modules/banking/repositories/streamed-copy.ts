import { once } from "node:events"
import { finished } from "node:stream/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { from as copyFrom } from "pg-copy-streams"

/**
 * Text a COPY may hold before a write waits for the socket: a few hundred lines, so PostgreSQL
 * ingests while the importer parses on, and what waits in the buffer is not held long enough to
 * outlive the garbage collector's young generation.
 */
const COPY_BUFFER_BYTES = 64 * 1024

type CopyStream = ReturnType<typeof copyFrom>

/**
 * One COPY held open for as long as an answer streams in: every chunk of lines goes into the same
 * COPY, so PostgreSQL ingests while the importer reads on, and no chunk pays for a connection and a
 * statement of its own. The staging COPY runs on a pool connection of its own (`open`); a live
 * import's COPY into bank_transaction on its transaction's (`openInTransaction`). Nothing it carries
 * is visible before `finish` (and the transaction's commit); `abort` (or a crash) leaves nothing of
 * it in the table.
 */
export class StreamedCopy {
  private failure: unknown = null

  private constructor(
    private readonly stream: CopyStream,
    private readonly release: () => Promise<void>
  ) {
    // A refused row or a lost connection surfaces on the next write or at finish.
    stream.on("error", (error) => {
      this.failure ??= error
    })
  }

  /** On a pool connection of its own, returned to the pool when the COPY ends. */
  static async open(knex: Knex, copyStatement: string): Promise<StreamedCopy> {
    const connection = await knex.client.acquireConnection()
    try {
      return StreamedCopy.start(connection, copyStatement, () => knex.client.releaseConnection(connection))
    } catch (error) {
      await knex.client.releaseConnection(connection)
      throw error
    }
  }

  /** On a transaction's connection, which stays the transaction's: its rows land when the transaction commits. */
  static async openInTransaction(transaction: Knex.Transaction, copyStatement: string): Promise<StreamedCopy> {
    const connection = await transaction.client.acquireConnection()
    return StreamedCopy.start(connection, copyStatement, async () => undefined)
  }

  private static start(connection: unknown, copyStatement: string, release: () => Promise<void>): StreamedCopy {
    const stream = (connection as { query(copy: CopyStream): CopyStream }).query(
      copyFrom(copyStatement, { highWaterMark: COPY_BUFFER_BYTES })
    )
    return new StreamedCopy(stream, release)
  }

  /** Sends rows of COPY text; waits only while the socket is full. */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure
    if (!this.stream.write(text)) {
      // `once` rejects on an error event, so a COPY that fails while full does not hang here.
      await Promise.race([once(this.stream, "drain"), once(this.stream, "close")])
      if (this.failure) throw this.failure
    }
  }

  /** Ends the COPY: its rows are in once this resolves (committed, outside a transaction). */
  async finish(): Promise<void> {
    try {
      if (this.failure) throw this.failure
      this.stream.end()
      await finished(this.stream)
      if (this.failure) throw this.failure
    } finally {
      await this.release()
    }
  }

  /** Cancels the COPY (PostgreSQL rolls it back): none of its rows ever land. */
  async abort(): Promise<void> {
    try {
      if (!this.stream.destroyed) {
        this.stream.destroy()
        await finished(this.stream).catch(() => undefined)
      }
    } finally {
      await this.release()
    }
  }
}

import type { LosslessJsonValue } from "./lossless-json-reader"
import { normaliseStreamedTransaction } from "./normalise"
import { checkStreamedTransaction } from "./schemas"
import { describeIssues } from "./translate"
import type { FlinksStreamedTransaction, FlinksTransactionSink } from "./types"

/**
 * Lines held before they go to the sink: the most an import keeps of an answer at once. Small
 * enough that a chunk's objects die young, in the garbage collector's cheap generation, instead of
 * being promoted and piling up in the old one until a full collection (see STREAM_SLICE_BYTES).
 */
export const STREAM_CHUNK_LINES = 100

/**
 * Between the body parser and a FlinksTransactionSink: each `Accounts[i].Transactions[j]` the
 * parser completes is checked and normalised here, held until a chunk is full, then handed over
 * while the body waits (`drain` is awaited between two pieces of the body).
 *
 * A line that is not a transaction, or a sink that fails, ends the delivery; the client reports it
 * once the body is read (the parser's callback cannot throw without passing for a broken body).
 */
export class TransactionStream {
  /** Lines delivered per account position in the current answer. */
  counts: number[] = []
  /** Why the answer's lines could not all be delivered: a line this client cannot read, or the sink's error. */
  failure: { unreadable: string } | { sink: unknown } | null = null
  private held = new Map<number, FlinksStreamedTransaction[]>()
  private heldCount = 0

  constructor(
    private readonly sink: FlinksTransactionSink,
    private readonly chunkLines = STREAM_CHUNK_LINES
  ) {}

  /** A new answer's body is about to be read. */
  async begin(): Promise<void> {
    this.counts = []
    this.failure = null
    this.held = new Map()
    this.heldCount = 0
    await this.sink.restart()
  }

  /** The parser's callback: one complete line of the account at `accountIndex`. */
  take(accountIndex: number, value: LosslessJsonValue): void {
    if (this.failure) return
    const checked = checkStreamedTransaction(value)
    if ("issues" in checked) {
      this.failure = { unreadable: describeIssues(checked.issues) }
      return
    }
    let lines = this.held.get(accountIndex)
    if (!lines) {
      lines = []
      this.held.set(accountIndex, lines)
    }
    lines.push(normaliseStreamedTransaction(checked.line))
    this.heldCount++
    this.counts[accountIndex] = (this.counts[accountIndex] ?? 0) + 1
  }

  /** Hands over what is held once a chunk is full (`all`: whatever is held, then finish, at the body's end). */
  async drain(all = false): Promise<void> {
    if (this.failure || (!all && this.heldCount < this.chunkLines)) return
    const held = this.held
    this.held = new Map()
    this.heldCount = 0
    try {
      for (const [accountIndex, lines] of held) {
        for (let start = 0; start < lines.length; start += this.chunkLines) {
          await this.sink.write(accountIndex, lines.slice(start, start + this.chunkLines))
        }
      }
      if (all) await this.sink.finish()
    } catch (error) {
      this.failure = { sink: error }
    }
  }
}

/**
 * JSON that never lets a number pass through a JS float.
 *
 * Flinks sends amounts as JSON decimals (`"Debit": 1050.75`). `JSON.parse` would turn them into
 * IEEE doubles, and a 17-digit amount or a value like 0.1 would no longer be the amount the bank
 * wrote. Here every JSON number becomes its exact source text ("1050.75", "-3", "0.1"); the
 * schemas decide which of them are integers, which are money.
 *
 * Node 20's `JSON.parse` cannot give a reviver the source text, hence a small hand-written parser
 * (lossless-json-reader.ts). It reads a response body as it arrives, so a body with 100,000
 * transactions is never held whole, and parses it in a fraction of a second.
 */
import { JsonSyntaxError, LosslessJsonReader, LosslessJsonValue } from "./lossless-json-reader"
import type { TransactionStream } from "./transaction-stream"

export { JsonSyntaxError, LosslessJsonReader }
export type { LosslessJsonValue }

/**
 * About 75 transactions of JSON. A line lives from its first byte to its hand-over to the sink,
 * which happens between two slices: small slices keep that life shorter than the time between two
 * young-generation collections, so a line is collected young instead of being promoted. With 64 KB
 * slices and 1,000-line chunks, a million-line import piled up 350 MB of promoted garbage before a
 * full collection (peak RSS 690 MB against 350 MB at 10,000 lines); with these, it stays flat.
 */
const STREAM_SLICE_BYTES = 16 * 1024

export function parseLosslessJson(text: string): LosslessJsonValue {
  const reader = new LosslessJsonReader()
  reader.write(Buffer.from(text, "utf8"))
  const value = reader.end()
  if (value === undefined) throw new JsonSyntaxError("unexpected end of input", 0)
  return value
}

/**
 * A response body, parsed chunk by chunk. Undefined when the body is empty or only whitespace; a
 * JsonSyntaxError when it is not JSON, after which the rest is not read. Network failures throw as
 * they come.
 */
export async function readLosslessJson(
  body: ReadableStream<Uint8Array> | null,
  stream?: TransactionStream
): Promise<LosslessJsonValue | undefined> {
  if (!body) return undefined
  // With a stream, each account's Transactions leave the tree as they are parsed (see TransactionStream).
  const reader = new LosslessJsonReader(stream ? (accountIndex, line) => stream.take(accountIndex, line) : undefined)
  const chunks = body.getReader()
  try {
    for (;;) {
      const { done, value } = await chunks.read()
      if (done) {
        const parsed = reader.end()
        await stream?.drain(true)
        return parsed
      }
      if (!stream) {
        reader.write(value)
        continue
      }
      // In slices, each followed by a hand-over once a chunk of lines is held: however large the
      // piece the network gives, the lines held stay within about a chunk.
      for (let start = 0; start < value.byteLength; start += STREAM_SLICE_BYTES) {
        reader.write(value.subarray(start, start + STREAM_SLICE_BYTES))
        await stream.drain()
      }
    }
  } catch (error) {
    if (error instanceof JsonSyntaxError) await chunks.cancel().catch(() => undefined)
    throw error
  } finally {
    chunks.releaseLock()
  }
}

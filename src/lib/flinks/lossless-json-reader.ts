/*
 * The lossless JSON parser itself, fed bytes as they arrive. Every JSON number becomes its exact
 * source text; see lossless-json.ts for why.
 *
 * It works on bytes rather than on a decoded string so that a body never exists as one string: a
 * hundred thousand transactions are ~20 MB of text, and the values sliced from a whole-body string
 * keep all of it alive. Each value here is a string of its own, decoded from the bytes it spans.
 * The nesting is an explicit stack, so depth costs no call stack.
 */

export type LosslessJsonValue = string | boolean | null | LosslessJsonValue[] | { [key: string]: LosslessJsonValue }

/** The body is not JSON. Carries only a byte position: the body may hold secrets and is never quoted. */
export class JsonSyntaxError extends Error {
  readonly position: number

  constructor(reason: string, position: number) {
    super(`Invalid JSON: ${reason} at position ${position}`)
    this.name = "JsonSyntaxError"
    this.position = position
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const MINUS = 0x2d
const ZERO = 0x30
const NINE = 0x39
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const LETTER_U = 0x75

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/

// Deeply nested input must fail as a syntax error, not exhaust memory.
const MAX_DEPTH = 512

/** Bytes a string's scan passes over at once: printable ASCII, the quote and the backslash aside. */
const PLAIN = new Uint8Array(256)
for (let byte = 0x20; byte < 0x80; byte++) PLAIN[byte] = byte === QUOTE || byte === BACKSLASH ? 0 : 1

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isNumberByte = (c: number) =>
  (c >= ZERO && c <= NINE) || c === MINUS || c === 0x2b || c === 0x2e || c === 0x45 || c === 0x65
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a

type Container = LosslessJsonValue[] | { [key: string]: LosslessJsonValue }

/**
 * The parsed objects' constructor: plain objects (their prototype is Object.prototype) whose
 * hidden classes start from a root of their own. Built up from `{}`, they would start from the root
 * shared by every plain object of the process, and in a large app (Medusa) that root's table of
 * transitions is full: V8 then gives each object a private chain of hidden classes, about a
 * kilobyte per object, which for 100,000 transactions is most of an import's memory.
 */
const JsonObject = function JsonObject() {} as unknown as new () => { [key: string]: LosslessJsonValue }
JsonObject.prototype = Object.prototype

/** What the parser waits for next. */
enum Expect {
  Value,
  /** Right after `[`: a value or `]`. */
  FirstItem,
  /** Right after `{`: a key or `}`. */
  FirstKey,
  Key,
  Colon,
  /** `,` or the closing bracket of the open container. */
  Next,
  /** The top-level value is complete: only whitespace may follow. */
  End,
}

/** A token the current bytes end inside of; it resumes with the next ones. */
enum Partial {
  None,
  String,
  /** A number or a literal: short, so its bytes are simply carried over. */
  Word,
}

/**
 * Called with each complete element of `Accounts[*].Transactions[*]` instead of storing it: the
 * account's position in `Accounts` (0-based; Flinks may send an account's Id after its lines, so
 * the position is all that is known), and the element as parsed.
 */
export type TransactionHook = (accountIndex: number, line: LosslessJsonValue) => void

export class LosslessJsonReader {
  private readonly onTransaction: TransactionHook | null
  /** The open `Accounts[i].Transactions` array whose elements go to the hook, and its `i`. */
  private streamed: LosslessJsonValue[] | null = null
  private streamedAccount = 0
  private buf: Buffer = Buffer.alloc(0)
  private pos = 0
  /** Bytes before `buf`, for error positions. */
  private offset = 0
  private started = false
  private expect = Expect.Value
  private partial = Partial.None
  /** The decoded start of a string that the bytes so far end inside of. */
  private partialText = ""
  private readonly stack: Container[] = []
  private key: string | null = null
  private readonly keys: string[] = []
  private root: LosslessJsonValue | undefined = undefined
  private readonly recent = new ShortStrings()

  constructor(onTransaction?: TransactionHook) {
    this.onTransaction = onTransaction ?? null
  }

  write(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (this.pos < this.buf.length) {
      this.offset += this.pos
      this.buf = Buffer.concat([this.buf.subarray(this.pos), bytes])
    } else {
      this.offset += this.buf.length
      this.buf = bytes
    }
    this.pos = 0
    this.run(false)
  }

  /** The value read; undefined when the body held nothing but whitespace. */
  end(): LosslessJsonValue | undefined {
    this.run(true)
    if (!this.started) return undefined
    if (this.expect !== Expect.End) this.fail("unexpected end of input")
    const root = this.root
    this.buf = Buffer.alloc(0)
    this.root = undefined
    return root
  }

  private fail(reason: string, at = this.pos): never {
    throw new JsonSyntaxError(reason, this.offset + at)
  }

  private run(final: boolean): void {
    const buf = this.buf
    const length = buf.length
    if (!this.started && this.pos === 0 && this.offset === 0) {
      // A UTF-8 byte-order mark is not JSON, but some servers send one.
      if (length < 3 && !final && [0xef, 0xbb, 0xbf].slice(0, length).every((b, i) => buf[i] === b)) return
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.pos = 3
    }
    if (this.partial === Partial.String) {
      if (!this.string(final)) return
    } else if (this.partial === Partial.Word) {
      if (!this.word(final)) return
    }
    while (this.pos < length) {
      const c = buf[this.pos]
      if (isWhitespace(c)) {
        this.pos++
        continue
      }
      this.started = true
      switch (this.expect) {
        // biome-ignore lint/suspicious/noFallthroughSwitchClause: an empty array ends here; else its first item is a value
        case Expect.FirstItem:
          if (c === CLOSE_BRACKET) {
            this.close()
            continue
          }
        // falls through: the first item is a value
        case Expect.Value:
          if (!this.value(c, final)) return
          continue
        // biome-ignore lint/suspicious/noFallthroughSwitchClause: an empty object ends here; else its first key is a key
        case Expect.FirstKey:
          if (c === CLOSE_BRACE) {
            this.close()
            continue
          }
        // falls through: the first key is a key
        case Expect.Key:
          if (c !== QUOTE) this.fail("expected a property name")
          this.pos++
          this.partialText = ""
          if (!this.string(final)) return
          continue
        case Expect.Colon:
          if (c !== COLON) this.fail("expected :")
          this.pos++
          this.expect = Expect.Value
          continue
        case Expect.Next: {
          const top = this.stack[this.stack.length - 1]
          const closing = Array.isArray(top) ? CLOSE_BRACKET : CLOSE_BRACE
          if (c === COMMA) {
            this.pos++
            this.expect = Array.isArray(top) ? Expect.Value : Expect.Key
          } else if (c === closing) {
            this.close()
          } else {
            this.fail(Array.isArray(top) ? "expected , or ]" : "expected , or }")
          }
          continue
        }
        case Expect.End:
          this.fail("unexpected data after the JSON value")
      }
    }
  }

  /** Starts the value at `pos`. False when the bytes end inside it. */
  private value(c: number, final: boolean): boolean {
    if (c === QUOTE) {
      this.pos++
      this.partialText = ""
      return this.string(final)
    }
    if (c === OPEN_BRACE && this.streamed !== null && this.stack[this.stack.length - 1] === this.streamed) {
      if (this.streamedObject()) return true
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (this.stack.length >= MAX_DEPTH) this.fail("nesting too deep")
      this.pos++
      const container: Container = c === OPEN_BRACE ? new JsonObject() : []
      if (this.onTransaction && c === OPEN_BRACKET && this.stack.length === 3) this.streamFrom(container as [])
      this.keys.push(this.key as string)
      this.stack.push(container)
      this.expect = c === OPEN_BRACE ? Expect.FirstKey : Expect.FirstItem
      return true
    }
    if (c === MINUS || (c >= ZERO && c <= NINE) || isLetter(c)) return this.word(final)
    return this.fail("unexpected token")
  }

  /**
   * A streamed transaction whose bytes are all at hand, read by JSON.parse with its numbers quoted
   * first: the same value this parser would build (numbers as their exact text), at a fraction of
   * the cost, since a hundred thousand of them pass through here. False, with nothing consumed,
   * when the object is cut by the end of the bytes or is anything but plain valid JSON: the
   * byte-by-byte path then reads it, and words any error itself.
   */
  private streamedObject(): boolean {
    const buf = this.buf
    const length = buf.length
    const start = this.pos
    let at = start
    let depth = 0
    let ascii = true
    // Where each number starts and ends, in pairs.
    const numbers: number[] = []
    while (at < length) {
      const c = buf[at]
      if (c === QUOTE) {
        at++
        for (;;) {
          while (at < length && PLAIN[buf[at]] === 1) at++
          if (at >= length) return false
          const s = buf[at]
          if (s === QUOTE) break
          if (s >= 0x80) ascii = false
          at += s === BACKSLASH ? 2 : 1
        }
        at++
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.stack.length + ++depth > MAX_DEPTH) return false
        at++
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        at++
        if (--depth === 0) break
      } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
        let end = at
        while (end < length && isNumberByte(buf[end])) end++
        if (end === length) return false
        numbers.push(at - start, end - start)
        at = end
      } else {
        if (c >= 0x80) ascii = false
        at++
      }
    }
    if (depth !== 0) return false
    // Numbers and the bytes around them are ASCII, so cutting there never splits a character.
    let text = ""
    let from = 0
    const whole = ascii ? buf.toString("latin1", start, at) : null
    const piece = (a: number, b: number) =>
      whole === null ? buf.toString("utf8", start + a, start + b) : whole.slice(a, b)
    for (let i = 0; i < numbers.length; i += 2) {
      const number = piece(numbers[i], numbers[i + 1])
      if (!NUMBER.test(number)) return false
      text += `${piece(from, numbers[i])}"${number}"`
      from = numbers[i + 1]
    }
    text += piece(from, at - start)
    let value: LosslessJsonValue
    try {
      value = JSON.parse(text)
    } catch {
      return false
    }
    this.pos = at
    this.attach(value)
    return true
  }

  /** A number or a literal starting at `pos`. */
  private word(final: boolean): boolean {
    const buf = this.buf
    const start = this.pos
    const number = !isLetter(buf[start])
    let end = start
    while (end < buf.length && (number ? isNumberByte(buf[end]) : isLetter(buf[end]))) end++
    if (end === buf.length && !final) {
      this.partial = Partial.Word
      return false
    }
    this.partial = Partial.None
    const text = this.recent.read(buf, start, end)
    if (number && !NUMBER.test(text)) this.fail("invalid number", start)
    if (!number && text !== "true" && text !== "false" && text !== "null") this.fail("unexpected token", start)
    this.pos = end
    this.attach(number ? text : text === "null" ? null : text === "true")
    return true
  }

  /**
   * The rest of a string whose opening quote is behind `pos`. When the bytes end inside the
   * string, what is complete is decoded and kept, and the few bytes of a split character or escape
   * wait for the next chunk.
   */
  private string(final: boolean): boolean {
    const buf = this.buf
    const length = buf.length
    const start = this.pos
    let ascii = true
    let escaped = false
    let lastEscape = -1
    for (let at = start; ; ) {
      while (at < length && PLAIN[buf[at]] === 1) at++
      if (at >= length) {
        if (final) this.fail("unterminated string", length)
        let cut = length
        if (lastEscape >= 0 && lastEscape + (buf[lastEscape + 1] === LETTER_U ? 6 : 2) > length) {
          cut = lastEscape
        } else {
          // A UTF-8 sequence the chunk cut in two.
          for (let back = 1; back <= 3 && length - back >= start; back++) {
            const b = buf[length - back]
            if (b >= 0xc0) {
              if (back < (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2)) cut = length - back
              break
            }
            if (b < 0x80) break
          }
        }
        this.partialText += this.decode(start, cut, ascii, escaped)
        this.pos = cut
        this.partial = Partial.String
        return false
      }
      const c = buf[at]
      if (c === QUOTE) {
        const value = this.partialText + this.decode(start, at, ascii, escaped)
        this.pos = at + 1
        this.partial = Partial.None
        this.partialText = ""
        this.attachString(value)
        return true
      }
      if (c === BACKSLASH) {
        escaped = true
        lastEscape = at
        // The escaped character is never the closing quote; \uXXXX digits pass as plain bytes.
        at += 2
        continue
      }
      if (c < 0x20) this.fail("control character in string", at)
      if (c >= 0x80) ascii = false
      at++
    }
  }

  /**
   * One complete stretch of a string's bytes. Each value gets a string of its own: a slice of a
   * larger string would keep the larger one alive. Escapes are rare, and JSON.parse decodes them
   * exactly as JSON defines them.
   */
  private decode(start: number, end: number, ascii: boolean, escaped: boolean): string {
    if (!escaped) return ascii ? this.recent.read(this.buf, start, end) : this.buf.toString("utf8", start, end)
    try {
      return JSON.parse(`"${this.buf.toString(ascii ? "latin1" : "utf8", start, end)}"`)
    } catch {
      return this.fail("invalid escape", start)
    }
  }

  private attachString(value: string): void {
    if (this.expect === Expect.FirstKey || this.expect === Expect.Key) {
      this.key = value
      this.expect = Expect.Colon
    } else {
      this.attach(value)
    }
  }

  /** Marks `array` for the hook when it opens at `{"Accounts": [{"Transactions": here`. */
  private streamFrom(array: LosslessJsonValue[]): void {
    const [root, accounts, account] = this.stack
    if (
      this.key === "Transactions" &&
      this.keys[1] === "Accounts" &&
      !Array.isArray(root) &&
      Array.isArray(accounts) &&
      !Array.isArray(account)
    ) {
      this.streamed = array
      // The account is attached to Accounts when it closes: the ones before it are there now.
      this.streamedAccount = accounts.length
    }
  }

  private attach(value: LosslessJsonValue): void {
    const top = this.stack[this.stack.length - 1]
    if (top === this.streamed) {
      // Handed over, not kept: the tree holds an empty Transactions array.
      this.expect = Expect.Next
      this.onTransaction!(this.streamedAccount, value)
      return
    }
    if (top === undefined) {
      this.root = value
      this.expect = Expect.End
      return
    }
    if (Array.isArray(top)) {
      top.push(value)
    } else if (this.key === "__proto__") {
      // A plain assignment would change the prototype instead of storing the field.
      Object.defineProperty(top, this.key, { value, enumerable: true, writable: true, configurable: true })
    } else {
      top[this.key as string] = value
    }
    this.expect = Expect.Next
  }

  private close(): void {
    this.pos++
    const container = this.stack.pop()!
    if (container === this.streamed) this.streamed = null
    this.key = this.keys.pop()!
    this.attach(container)
  }
}

const MAX_SHORT = 24
const SLOTS = 512

/**
 * Keys and short values repeat from one transaction to the next ("Date", "2024-03-31", "null"):
 * the last string read for each of a few hundred byte patterns is handed out again instead of
 * decoding a new copy, which saves both the work and the memory of a hundred thousand duplicates.
 */
class ShortStrings {
  private readonly slots: string[] = new Array<string>(SLOTS).fill("")

  /** The ASCII bytes from `start` to `end` as a string. */
  read(buf: Buffer, start: number, end: number): string {
    const length = end - start
    if (length > MAX_SHORT || length === 0) return length === 0 ? "" : buf.toString("latin1", start, end)
    // Kept within small integers, which V8 never has to box.
    let hash = length
    for (let at = start; at < end; at++) hash = (hash * 31 + buf[at]) & 0xfffff
    const slot = hash & (SLOTS - 1)
    const known = this.slots[slot]
    if (known.length === length) {
      let at = 0
      while (at < length && known.charCodeAt(at) === buf[start + at]) at++
      if (at === length) return known
    }
    const text = buf.toString("latin1", start, end)
    this.slots[slot] = text
    return text
  }
}

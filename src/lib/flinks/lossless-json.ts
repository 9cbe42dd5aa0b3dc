/**
 * A JSON parser that never lets a number pass through a JS float.
 *
 * Flinks sends amounts as JSON decimals (`"Debit": 1050.75`). `JSON.parse` would turn them into
 * IEEE doubles, and a 17-digit amount or a value like 0.1 would no longer be the amount the bank
 * wrote. Here every JSON number becomes its exact source text ("1050.75", "-3", "0.1"); the
 * schemas decide which of them are integers, which are money.
 *
 * Node 20's `JSON.parse` cannot give a reviver the source text, hence this small hand-written
 * parser. It works on char codes and slices strings without escapes in one go, so a body with
 * 100,000 transactions parses in a fraction of a second.
 */

export type LosslessJsonValue =
  | string
  | boolean
  | null
  | LosslessJsonValue[]
  | { [key: string]: LosslessJsonValue }

/** The body is not JSON. Carries only a position: the text may hold secrets and is never quoted. */
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

// Sticky: each matches exactly at lastIndex, so a scan starts where the parser stands.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const PLAIN_CHARS = /[^"\\\u0000-\u001f]*/y

// Deeply nested input must fail as a syntax error, not as a stack overflow.
const MAX_DEPTH = 512

const ESCAPES: Record<number, string> = {
  0x22: "\"",
  0x5c: "\\",
  0x2f: "/",
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
}

export function parseLosslessJson(text: string): LosslessJsonValue {
  let pos = 0
  const length = text.length

  const fail = (reason: string, at = pos): never => {
    throw new JsonSyntaxError(reason, at)
  }

  const skipWhitespace = () => {
    while (pos < length) {
      const c = text.charCodeAt(pos)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        pos++
      } else {
        break
      }
    }
  }

  const isDigit = (c: number) => c >= ZERO && c <= NINE

  const parseNumber = (): string => {
    NUMBER.lastIndex = pos
    const match = NUMBER.exec(text)
    if (!match) return fail("invalid number")
    pos = NUMBER.lastIndex
    // "01" or "1.": JSON forbids them, and the regex stopped early; the next check catches it.
    return match[0]
  }

  const parseString = (): string => {
    pos++
    // Most strings have no escape: one native regex scan, one slice.
    PLAIN_CHARS.lastIndex = pos
    PLAIN_CHARS.test(text)
    if (text.charCodeAt(PLAIN_CHARS.lastIndex) === QUOTE) {
      const result = text.slice(pos, PLAIN_CHARS.lastIndex)
      pos = PLAIN_CHARS.lastIndex + 1
      return result
    }
    let start = pos
    let out = ""
    for (;;) {
      if (pos >= length) fail("unterminated string")
      const c = text.charCodeAt(pos)
      if (c === QUOTE) {
        const result = out + text.slice(start, pos)
        pos++
        return result
      }
      if (c === BACKSLASH) {
        out += text.slice(start, pos)
        const esc = text.charCodeAt(pos + 1)
        if (esc === 0x75) {
          const hex = text.slice(pos + 2, pos + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid unicode escape")
          out += String.fromCharCode(parseInt(hex, 16))
          pos += 6
        } else {
          const decoded = ESCAPES[esc]
          if (decoded === undefined) fail("invalid escape")
          out += decoded
          pos += 2
        }
        start = pos
        continue
      }
      if (c < 0x20) fail("control character in string")
      pos++
    }
  }

  const expectLiteral = (word: string) => {
    if (text.startsWith(word, pos)) {
      pos += word.length
    } else {
      fail("unexpected token")
    }
  }

  const parseValue = (depth: number): LosslessJsonValue => {
    if (depth > MAX_DEPTH) fail("nesting too deep")
    skipWhitespace()
    if (pos >= length) fail("unexpected end of input")
    const c = text.charCodeAt(pos)
    switch (c) {
      case QUOTE:
        return parseString()
      case OPEN_BRACE:
        return parseObject(depth)
      case OPEN_BRACKET:
        return parseArray(depth)
      case 0x74: // t
        expectLiteral("true")
        return true
      case 0x66: // f
        expectLiteral("false")
        return false
      case 0x6e: // n
        expectLiteral("null")
        return null
      default:
        if (c === MINUS || isDigit(c)) return parseNumber()
        return fail("unexpected token")
    }
  }

  const parseArray = (depth: number): LosslessJsonValue[] => {
    pos++
    const items: LosslessJsonValue[] = []
    skipWhitespace()
    if (text.charCodeAt(pos) === CLOSE_BRACKET) {
      pos++
      return items
    }
    for (;;) {
      items.push(parseValue(depth + 1))
      skipWhitespace()
      const c = text.charCodeAt(pos)
      if (c === COMMA) {
        pos++
      } else if (c === CLOSE_BRACKET) {
        pos++
        return items
      } else {
        fail(pos >= length ? "unexpected end of input" : "expected , or ]")
      }
    }
  }

  const parseObject = (depth: number): { [key: string]: LosslessJsonValue } => {
    pos++
    const obj: { [key: string]: LosslessJsonValue } = {}
    skipWhitespace()
    if (text.charCodeAt(pos) === CLOSE_BRACE) {
      pos++
      return obj
    }
    for (;;) {
      skipWhitespace()
      if (text.charCodeAt(pos) !== QUOTE) fail("expected a property name")
      const key = parseString()
      skipWhitespace()
      if (text.charCodeAt(pos) !== COLON) fail("expected :")
      pos++
      const value = parseValue(depth + 1)
      if (key === "__proto__") {
        // A plain assignment would change the prototype instead of storing the field.
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
      } else {
        obj[key] = value
      }
      skipWhitespace()
      const c = text.charCodeAt(pos)
      if (c === COMMA) {
        pos++
      } else if (c === CLOSE_BRACE) {
        pos++
        return obj
      } else {
        fail(pos >= length ? "unexpected end of input" : "expected , or }")
      }
    }
  }

  // A UTF-8 BOM is not JSON, but some servers send one.
  if (text.charCodeAt(0) === 0xfeff) pos = 1
  const value = parseValue(0)
  skipWhitespace()
  if (pos < length) fail("unexpected data after the JSON value")
  return value
}

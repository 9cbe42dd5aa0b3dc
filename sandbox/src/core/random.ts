import { createHash } from "node:crypto"

/**
 * Everything the sandbox invents (ids, amounts, questions) comes from a seeded generator, so the
 * same seed gives byte-identical data and a failing test can be replayed exactly.
 */
export function hashBytes(...parts: Array<string | number>): Buffer {
  return createHash("sha256").update(parts.map(String).join("\u0000")).digest()
}

/** A GUID-shaped string (version 4 and RFC 4122 variant bits set) from 16 bytes. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, 16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const hex = b.toString("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

export function hashUuid(...parts: Array<string | number>): string {
  return uuidFromBytes(hashBytes(...parts))
}

/** sfc32: small, fast and good enough for test data; seeded from a hash of the given parts. */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(...parts: Array<string | number>) {
    const seed = hashBytes(...parts)
    this.a = seed.readUInt32LE(0)
    this.b = seed.readUInt32LE(4)
    this.c = seed.readUInt32LE(8)
    this.d = seed.readUInt32LE(12)
    for (let i = 0; i < 12; i++) {
      this.next()
    }
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** In [0, 1). */
  float(): number {
    return this.next() / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]
  }

  uuid(): string {
    const bytes = Buffer.alloc(16)
    for (let i = 0; i < 4; i++) {
      bytes.writeUInt32LE(this.next(), i * 4)
    }
    return uuidFromBytes(bytes)
  }
}

import { randomBytes } from "node:crypto"
import { decryptLoginId, encryptLoginId, hashLoginId } from "../utils/login-id-cipher"

const key = randomBytes(32)
const loginId = "5e3c8f2a-1b4d-4c6e-9f7a-0d2b3c4e5f60"

describe("LoginId encryption at rest", () => {
  it("round-trips, with a different ciphertext each time and no trace of the LoginId", () => {
    const first = encryptLoginId(loginId, key)
    const second = encryptLoginId(loginId, key)
    expect(first).not.toBe(second)
    expect(first).not.toContain(loginId)
    expect(decryptLoginId(first, key)).toBe(loginId)
  })

  it("refuses a ciphertext that was altered or read with another key", () => {
    const stored = encryptLoginId(loginId, key)
    const [version, iv, tag, data] = stored.split(":")
    const altered = [version, iv, tag, Buffer.from(`x${data}`).toString("base64")].join(":")
    expect(() => decryptLoginId(altered, key)).toThrow()
    expect(() => decryptLoginId(stored, randomBytes(32))).toThrow()
  })

  it("hashes the same LoginId the same way under one key, and differently under another", () => {
    expect(hashLoginId(loginId, key)).toBe(hashLoginId(loginId.toUpperCase(), key))
    expect(hashLoginId(loginId, key)).not.toBe(hashLoginId(loginId, randomBytes(32)))
    expect(hashLoginId(loginId, key)).not.toContain(loginId)
  })
})

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto"

/**
 * LoginIds are bearer credentials for a merchant's bank data: stored encrypted (AES-256-GCM, a
 * fresh IV per value) and found again through a keyed hash, so the database alone gives neither the
 * LoginId nor a way to test a guess.
 */
const VERSION = "v1"

export function encryptLoginId(loginId: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key, iv)
  const ciphertext = Buffer.concat([cipher.update(loginId, "utf8"), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, iv.toString("base64"), tag.toString("base64"), ciphertext.toString("base64")].join(":")
}

export function decryptLoginId(stored: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = stored.split(":")
  if (version !== VERSION || !iv || !tag || !ciphertext) {
    throw new Error("The stored LoginId is not in a format this version of the plugin can read")
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8")
}

/** The look-up key: HMAC-SHA256 under a key derived from the encryption key, never the key itself. */
export function hashLoginId(loginId: string, key: Buffer): string {
  const hashKey = createHmac("sha256", key).update("medusa-plugin-flinks/login-id-hash").digest()
  return createHmac("sha256", hashKey).update(loginId.trim().toLowerCase()).digest("hex")
}

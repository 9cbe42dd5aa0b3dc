import { createHash, randomBytes } from "node:crypto"

/** A random, URL-safe secret (connect-session states, resume links) and the hash that is stored. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashSecretToken(token) }
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

import { decryptLoginId, encryptLoginId, hashLoginId } from "../utils/login-id-cipher"

/** A LoginId as the plugin keeps it: encrypted, and its keyed hash to find it by. */
export type SealedLogin = { login_id_encrypted: string; login_id_hash: string }

/**
 * The LoginId cipher under the module's key. Only the gateway holds it: whatever leaves the module
 * carries a LoginId sealed, and the gateway opens it only for the Flinks call that needs it.
 * RequestIds of a waiting question are kept the same way.
 */
export class LoginCipher {
  constructor(private readonly key: Buffer) {}

  seal(loginId: string): SealedLogin {
    return { login_id_encrypted: this.encrypt(loginId), login_id_hash: this.hash(loginId) }
  }

  encrypt(value: string): string {
    return encryptLoginId(value, this.key)
  }

  decrypt(stored: string): string {
    return decryptLoginId(stored, this.key)
  }

  hash(loginId: string): string {
    return hashLoginId(loginId, this.key)
  }
}

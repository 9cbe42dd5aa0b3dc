import type { FlinksProviderId } from "../options"
import type { LOGIN_DISCARD_REASONS } from "../models/login-discard"

export type QueueLoginDiscardInput = {
  provider: FlinksProviderId
  login_id_encrypted: string
  login_id_hash: string
  reason: (typeof LOGIN_DISCARD_REASONS)[number]
  due_at: Date
}

/** What one try at deleting a refused login at Flinks came to. */
export type LoginDiscardAttempt =
  | { id: string; outcome: "deleted" | "already_gone" | "kept" | "done" | "not_due" }
  | { id: string; outcome: "pending"; attempts: number; error: string }

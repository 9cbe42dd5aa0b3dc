import type { FlinksProviderId, LoginDiscardReason } from "./constants"

export type QueueLoginDiscardInput = {
  provider: FlinksProviderId
  login_id_encrypted: string
  login_id_hash: string
  reason: LoginDiscardReason
  due_at: Date
}

/** What one try at deleting a refused login at Flinks came to. */
export type LoginDiscardAttempt =
  | { id: string; outcome: "deleted" | "already_gone" | "kept" | "done" | "not_due" }
  | { id: string; outcome: "pending"; attempts: number; error: string }

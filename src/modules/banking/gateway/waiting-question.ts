/**
 * Flinks allows one session per login, and a RequestId waiting on the bank's question dies after
 * 8 idle minutes. Ours is kept on the connection (encrypted, like the LoginId) so that whoever
 * comes next (the merchant from the email, Edit Credentials, Refresh) opens Connect at that same
 * question instead of signing in again: a second sign-in is refused (CONCURRENT_SESSION), or
 * replaces the first and sends the account holder a second code or push prompt.
 */
export const QUESTION_LIFETIME_MS = 8 * 60_000
/** Handed out unasked only while it surely has a minute left for the merchant to start answering. */
const REUSE_UNASKED_MS = 7 * 60_000

export type WaitingQuestion = {
  request_id: string
  asked_at: Date
  /** Whether a Connect session was already given it (a screen may be showing it). */
  handed_out: boolean
}

/** A question to open Connect at without asking the bank again: fresh, and nobody else was given it. */
export function reusableUnasked(question: WaitingQuestion | null, now = new Date()): boolean {
  return !!question && !question.handed_out && now.getTime() - question.asked_at.getTime() < REUSE_UNASKED_MS
}

/** Whether a question asked at `askedAt` may still be waiting at Flinks. */
export function questionMayLive(askedAt: Date, now = new Date()): boolean {
  return now.getTime() - askedAt.getTime() < QUESTION_LIFETIME_MS
}

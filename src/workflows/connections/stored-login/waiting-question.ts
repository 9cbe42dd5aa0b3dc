import type { IBankingModuleService } from "../../../types"

/**
 * Flinks allows one session per login, and a RequestId waiting on the bank's question dies after
 * 8 idle minutes. Ours is kept on the connection so that whoever comes next (the merchant from the
 * email, Edit Credentials, Refresh) opens Connect at that same question instead of signing in
 * again: a second sign-in is refused (CONCURRENT_SESSION), or replaces the first and sends the
 * account holder a second code or push prompt.
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

/** The question our last live sign-in left waiting, while Flinks may still hold it; else null. */
export async function readWaitingQuestion(
  banking: IBankingModuleService,
  connectionId: string,
  now = new Date()
): Promise<WaitingQuestion | null> {
  const [connection] = await banking.listBankConnections(
    { id: connectionId },
    { select: ["question_request_id_encrypted", "question_asked_at", "question_handed_at"] }
  )
  if (!connection?.question_request_id_encrypted || !connection.question_asked_at) return null
  const askedAt = new Date(connection.question_asked_at)
  if (now.getTime() - askedAt.getTime() >= QUESTION_LIFETIME_MS) return null
  return {
    request_id: banking.decryptLoginId(connection.question_request_id_encrypted),
    asked_at: askedAt,
    handed_out: Boolean(connection.question_handed_at),
  }
}

/** A question to open Connect at without asking the bank again: fresh, and nobody else was given it. */
export function reusableUnasked(question: WaitingQuestion | null, now = new Date()): boolean {
  return !!question && !question.handed_out && now.getTime() - question.asked_at.getTime() < REUSE_UNASKED_MS
}

export async function saveWaitingQuestion(
  banking: IBankingModuleService,
  connectionId: string,
  requestId: string,
  now = new Date()
) {
  await banking.updateBankConnections({
    id: connectionId,
    question_request_id_encrypted: banking.encryptLoginId(requestId),
    question_asked_at: now,
    question_handed_at: null,
  })
}

export async function markQuestionHandedOut(banking: IBankingModuleService, connectionId: string, now = new Date()) {
  await banking.updateBankConnections({ id: connectionId, question_handed_at: now })
}

/** The question was answered, or the bank let a later sign-in in: nothing waits any more. */
export async function clearWaitingQuestion(banking: IBankingModuleService, connectionId: string) {
  await banking.updateBankConnections({
    id: connectionId,
    question_request_id_encrypted: null,
    question_asked_at: null,
    question_handed_at: null,
  })
}

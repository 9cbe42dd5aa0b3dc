import type { IBankingModuleService } from "../../../types"

const POLL_MS = 1_000

export type AnswerOutcome = "answered" | "declined"

/**
 * The bank asked its question while the merchant watches the refresh: the run waits, its lease
 * renewed, until the screen says the question was answered in Connect or closed, or until
 * `sync.answerWaitMinutes` pass (Flinks drops an unanswered sign-in after 8 idle minutes anyway).
 * The signal comes through the run's row, so it works whichever process runs the run.
 */
export async function awaitAnswer(banking: IBankingModuleService, runId: string): Promise<AnswerOutcome> {
  await banking.updateSyncRuns({ id: runId, question: "asked", phase: "waiting_for_answer", heartbeat_at: new Date() })
  const giveUpAt = Date.now() + banking.syncOptions().answerWaitMinutes * 60_000
  while (Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    const [run] = await banking.listSyncRuns({ id: runId }, { select: ["question"] })
    if (run?.question === "answered" || run?.question === "declined") return run.question
  }
  // Not answered in time: from here the run reads what Flinks already held. Only a question still
  // asked is declined, so an answer that came at the last moment is kept.
  const declined = await banking.updateSyncRuns({
    selector: { id: runId, question: "asked" },
    data: { question: "declined" },
  })
  if (declined.length) return "declined"
  const [run] = await banking.listSyncRuns({ id: runId }, { select: ["question"] })
  return run?.question === "answered" ? "answered" : "declined"
}

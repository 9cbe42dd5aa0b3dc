import { toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useDeclineRunQuestion, useOpenRunQuestion, useRefetchSyncRun } from "./api/run-questions"
import { QUESTION_WORDS } from "../lib/bank-question-words"
import { merchantMessage } from "../lib/merchant-message"
import type { AdminConnectSession, AdminSyncRun } from "../../types/http"

/** The question's modal: which run it is for, and its Connect session once the server gave one. */
type Shown = { runId: string; session: AdminConnectSession | null; error: string | null }

/**
 * The bank's question of a live run that waits for the merchant (phase "waiting_for_answer"). A
 * run this screen started opens it by itself: the merchant just clicked Refresh and is there to
 * answer. A run found waiting (another tab, a reload) only offers it (`offered`), since the
 * merchant may not expect a bank sign-in to pop up. Answered, the run reads fresh data; closed,
 * it is declined and the run imports what Flinks already held. Either way the screen keeps
 * following the run to its end.
 */
export function useBankQuestion(run: AdminSyncRun | undefined, startedHere: boolean, institution: string) {
  const openQuestion = useOpenRunQuestion()
  const decline = useDeclineRunQuestion()
  const refetchRun = useRefetchSyncRun()
  const [shown, setShown] = useState<Shown | null>(null)
  // Runs whose question this screen answered: the next poll still reads "asked" for a moment.
  const answered = useRef(new Set<string>())
  const autoOpened = useRef<string | null>(null)
  const asking = Boolean(run?.in_progress && run.phase === "waiting_for_answer" && run.question === "asked")

  const show = () => {
    if (!run) return
    const runId = run.id
    setShown({ runId, session: null, error: null })
    openQuestion.mutate(runId, {
      onSuccess: ({ connect_session }) => setShown({ runId, session: connect_session, error: null }),
      onError: (error) => setShown({ runId, session: null, error: merchantMessage(error) }),
    })
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens once per run that starts asking, not on every poll of the run
  useEffect(() => {
    if (!run || !asking || !startedHere || autoOpened.current === run.id) return
    autoOpened.current = run.id
    show()
  }, [run?.id, asking, startedHere])

  // The run stopped waiting by itself (not answered in time, or it ended): nothing to answer now.
  const stoppedWaiting = Boolean(shown && run?.id === shown.runId && (!run.in_progress || run.question === "declined"))
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes only when the run stops waiting
  useEffect(() => {
    if (!stoppedWaiting) return
    setShown(null)
    // The modal vanishing by itself needs a reason; the progress line then says what is read. A
    // run that ended another way says so in its outcome.
    if (run?.in_progress) toast.info(QUESTION_WORDS.timedOut(institution))
  }, [stoppedWaiting])

  /** Cancel, the modal's own close, or the widget's Close: the run goes on with Flinks' copy. */
  const close = () => {
    const runId = shown?.runId
    setShown(null)
    if (!runId || answered.current.has(runId) || !asking) return
    decline.mutate(runId, {
      onError: (error) => toast.error(QUESTION_WORDS.declineFailed, { description: merchantMessage(error) }),
    })
  }

  const completed = () => {
    if (!shown) return
    answered.current.add(shown.runId)
    setShown(null)
    toast.success(QUESTION_WORDS.accepted(institution), { description: QUESTION_WORDS.bringing })
    void refetchRun(shown.runId)
  }

  return {
    /** The run waits and nothing is shown: offer the button. */
    offered: asking && !shown && !answered.current.has(run!.id) && !decline.isPending,
    shown,
    show,
    close,
    completed,
  }
}

import { Button } from "@medusajs/ui"
import { useBankQuestion } from "../../hooks/use-bank-question"
import { BankQuestionModal } from "./bank-question-modal"
import { QUESTION_WORDS } from "../../lib/bank-question-words"
import type { AdminSyncRun } from "../../../types/http"

type Props = {
  /** The run the screen follows (undefined while its first answer is on the way). */
  run: AdminSyncRun | undefined
  startedHere: boolean
  institution: string
}

/**
 * Beside a followed import's progress line: the bank's question when the run waits for one,
 * opened at once for a Refresh clicked here, offered as a button for a run found waiting.
 */
export function BankQuestion({ run, startedHere, institution }: Props) {
  const question = useBankQuestion(run, startedHere, institution)
  return (
    <>
      {question.offered && (
        <Button size="small" variant="secondary" onClick={question.show} data-testid="answer-bank-question">
          {QUESTION_WORDS.offer}
        </Button>
      )}
      <BankQuestionModal
        institution={institution}
        open={Boolean(question.shown)}
        session={question.shown?.session ?? null}
        error={question.shown?.error ?? null}
        onClose={question.close}
        onCompleted={question.completed}
        onRestart={question.show}
      />
    </>
  )
}

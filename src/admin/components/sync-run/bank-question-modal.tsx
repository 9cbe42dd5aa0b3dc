import { Spinner } from "@medusajs/icons"
import { Alert, Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { FlinksConnectWidget } from "../connect/flinks-connect-widget"
import { QUESTION_WORDS } from "../../lib/bank-question-words"
import type { AdminConnectSession } from "../../../types/http"

type Props = {
  institution: string
  open: boolean
  /** The Connect session at the bank's question; null while it is asked for, or when refused. */
  session: AdminConnectSession | null
  /** Why the question could not be opened (the run stopped waiting, say). */
  error: string | null
  onClose: () => void
  onCompleted: () => void
  onRestart: () => void
}

/** Flinks Connect at the bank's question of a waiting import, full screen, as Edit Credentials does. */
export function BankQuestionModal({ institution, open, session, error, onClose, onCompleted, onRestart }: Props) {
  return (
    <FocusModal open={open} onOpenChange={(next) => !next && onClose()}>
      <FocusModal.Content aria-describedby={undefined} data-testid="bank-question">
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-[720px] flex-col gap-y-4 px-4">
            <FocusModal.Title asChild>
              <Heading level="h1">{QUESTION_WORDS.title(institution)}</Heading>
            </FocusModal.Title>
            {!session && !error && (
              <div className="flex items-center gap-x-2 py-8" role="status">
                <Spinner className="animate-spin text-ui-fg-subtle" />
                <Text size="small">{QUESTION_WORDS.opening(institution)}</Text>
              </div>
            )}
            {error && (
              <>
                <Alert variant="error" role="alert">
                  {error}
                </Alert>
                <div>
                  <Button variant="secondary" size="small" onClick={onClose}>
                    {QUESTION_WORDS.close}
                  </Button>
                </div>
              </>
            )}
            {session && (
              <FlinksConnectWidget
                // A new session is a new widget: nothing of the previous attempt may leak into it.
                key={session.id}
                session={session}
                intro={QUESTION_WORDS.intro(institution)}
                footer={
                  <div>
                    <Button variant="secondary" size="small" onClick={onClose}>
                      {QUESTION_WORDS.cancel}
                    </Button>
                  </div>
                }
                onCompleted={onCompleted}
                onRestart={onRestart}
                onClosed={onClose}
              />
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

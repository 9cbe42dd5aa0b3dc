import { Spinner } from "@medusajs/icons"
import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { ReconnectStep, reconnectIntro } from "../../lib/reconnect-step"
import { FlinksConnectWidget } from "../connect/flinks-connect-widget"
import type { AdminConnectSession } from "../../../types/http"

type Props = {
  institution: string
  /** The open Connect session; none closes the modal. */
  flow: { step: ReconnectStep; session: AdminConnectSession } | null
  /** A new session is being asked for ("Try again"). */
  restarting: boolean
  onClose: () => void
  onRestart: () => void
  onCompleted: () => void
}

/** Flinks Connect for one existing connection, full screen over Manage Added Accounts. */
export function EditCredentialsModal({ institution, flow, restarting, onClose, onRestart, onCompleted }: Props) {
  return (
    <FocusModal open={Boolean(flow)} onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content aria-describedby={undefined}>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-[720px] flex-col gap-y-4 px-4">
            <FocusModal.Title asChild>
              <Heading level="h1">Edit Credentials: {institution}</Heading>
            </FocusModal.Title>
            {restarting && (
              <div className="flex items-center gap-x-2 py-8" role="status">
                <Spinner className="animate-spin text-ui-fg-subtle" />
                <Text size="small">Asking {institution} again…</Text>
              </div>
            )}
            {flow && !restarting && (
              <FlinksConnectWidget
                // A new session is a new widget: nothing of the previous attempt may leak into it.
                key={flow.session.id}
                session={flow.session}
                intro={reconnectIntro(flow.step, institution)}
                footer={
                  <div>
                    <Button variant="secondary" size="small" onClick={onClose}>
                      Cancel
                    </Button>
                  </div>
                }
                onCompleted={onCompleted}
                onRestart={onRestart}
              />
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

import { PencilSquare } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useReconnectBankConnection } from "../../hooks/api/connections"
import { merchantMessage } from "../../lib/merchant-message"
import { ReconnectStep } from "../../lib/reconnect-step"
import { Notice } from "./connection-notice"
import { EditCredentialsModal } from "./edit-credentials-modal"
import type { AdminBankConnection, AdminConnectSession } from "../../../types/http"

type Props = { connection: AdminBankConnection; onNotice: (notice: Notice | null) => void }

const ACCEPTED = "Your bank accepted the saved sign-in. The connection is active."

/**
 * Edit Credentials: the server tries this connection's own login with the bank. Accepted as is,
 * it is active again; otherwise Flinks Connect opens for that same login, at the bank's question
 * or at its sign-in, and its REDIRECT updates this connection (never a new one).
 */
export function EditCredentials({ connection, onNotice }: Props) {
  const reconnect = useReconnectBankConnection()
  const [flow, setFlow] = useState<{ step: ReconnectStep; session: AdminConnectSession } | null>(null)
  const institution = connection.connection_name

  const start = () => {
    onNotice(null)
    reconnect.mutate(connection.id, {
      onSuccess: (answer) => {
        if (answer.outcome === "connect") return setFlow({ step: answer.step, session: answer.connect_session })
        setFlow(null)
        onNotice({ variant: "success", message: ACCEPTED })
      },
      onError: (error) => {
        setFlow(null)
        onNotice({ variant: "error", message: merchantMessage(error), action: { label: "Try again", onClick: start } })
      },
    })
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={start} isLoading={reconnect.isPending && !flow}>
        <PencilSquare />
        Edit Credentials
      </Button>
      <EditCredentialsModal
        institution={institution}
        flow={flow}
        restarting={reconnect.isPending}
        onClose={() => setFlow(null)}
        onRestart={start}
        onCompleted={() => {
          setFlow(null)
          onNotice({ variant: "success", message: `The bank accepted the sign-in. ${institution} is connected again.` })
        }}
      />
    </>
  )
}

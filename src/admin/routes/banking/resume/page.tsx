import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FlinksConnectWidget } from "../../../components/connect/flinks-connect-widget"
import { ResumeActive } from "../../../components/resume/resume-active"
import { ResumeRefused } from "../../../components/resume/resume-refused"
import { ResumeWaiting } from "../../../components/resume/resume-waiting"
import { useReconnectBankConnection } from "../../../hooks/api/connections"
import { useResumeLink } from "../../../hooks/use-resume-link"
import { useResumeToken } from "../../../hooks/use-resume-token"
import { merchantMessage } from "../../../lib/merchant-message"
import { reconnectIntro } from "../../../lib/reconnect-step"
import { flowAfter, ResumeFlow } from "../../../lib/resume-flow"
import type { AdminBankConnection } from "../../../../types/http"

const NO_LINK =
  "This page opens from the link in an email about a bank verification, and this address carries no link. To answer your bank now, start a new sign-in with Edit Credentials in Manage Added Accounts."

/**
 * Resume: where the emailed link lands (`/banking/resume#token=...`). The token goes to the server
 * once, in a request body; Flinks Connect then opens at the bank's question for that connection,
 * and its REDIRECT completes as Edit Credentials' does. Not in the menu: it has no route config.
 */
function ResumePage() {
  const token = useResumeToken()
  const [flow, setFlow] = useState<ResumeFlow>(token ? { step: "opening" } : { step: "no-link" })
  const reconnect = useReconnectBankConnection()
  const refuse = (error: unknown) => setFlow({ step: "refused", message: merchantMessage(error) })

  useResumeLink(token, (answer) => setFlow(flowAfter(answer, answer.connection)), refuse)

  // The link is spent: another attempt asks the bank as Edit Credentials does, for the same connection.
  const restart = (connection: AdminBankConnection) => {
    setFlow({ step: "restarting", connection })
    reconnect.mutateAsync(connection.id).then((answer) => setFlow(flowAfter(answer, connection)), refuse)
  }

  const institution = "connection" in flow ? flow.connection.connection_name : null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Resume Bank Connection</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {institution
            ? `${institution} asked for a verification, so its transactions stopped importing. Answer it here to resume them.`
            : "A bank asked for a verification, so its transactions stopped importing. Answer it here to resume them."}
        </Text>
      </div>
      <div className="px-6 py-6">
        {flow.step === "opening" && <ResumeWaiting message="Asking your bank for its question…" />}
        {flow.step === "restarting" && <ResumeWaiting message={`Asking ${flow.connection.connection_name} again…`} />}
        {flow.step === "no-link" && <ResumeRefused message={NO_LINK} />}
        {flow.step === "refused" && <ResumeRefused message={flow.message} />}
        {flow.step === "connect" && (
          <FlinksConnectWidget
            // A new session is a new widget: nothing of the previous attempt may leak into it.
            key={flow.session.id}
            session={flow.session}
            intro={reconnectIntro(flow.reconnect, flow.connection.connection_name)}
            footer={
              <div>
                <Button variant="secondary" size="small" asChild>
                  <Link to="/banking/accounts">Cancel</Link>
                </Button>
              </div>
            }
            onCompleted={() => {
              setFlow({ step: "active", connection: flow.connection, answered: true })
              toast.success(`${flow.connection.connection_name} is connected again`)
            }}
            onRestart={() => restart(flow.connection)}
          />
        )}
        {flow.step === "active" && <ResumeActive connection={flow.connection} answered={flow.answered} />}
      </div>
    </Container>
  )
}

export default ResumePage

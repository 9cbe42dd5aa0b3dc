import { Button } from "@medusajs/ui"
import { BankInstitution, CompleteConnectSessionResponse, ConnectSession } from "../../hooks/api/types"
import { CONNECT_WORDS } from "../../lib/connect-flow"
import { FlinksConnectWidget } from "./flinks-connect-widget"

type Props = {
  institution: BankInstitution
  session: ConnectSession
  onConnected: (result: CompleteConnectSessionResponse) => void
  onRestart: () => void
}

/** Step 4: sign in to the chosen bank in the Flinks Connect widget, which opens at that bank's sign-in. */
export function BankSignIn({ institution, session, onConnected, onRestart }: Props) {
  return (
    <FlinksConnectWidget
      session={session}
      intro={CONNECT_WORDS.signInIntro(institution.name)}
      footer={
        <div>
          <Button variant="secondary" size="small" onClick={onRestart}>
            Choose another bank
          </Button>
        </div>
      }
      onCompleted={onConnected}
      onRestart={onRestart}
    />
  )
}

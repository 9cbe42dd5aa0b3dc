import { Button } from "@medusajs/ui"
import { BankInstitution, CompleteConnectSessionResponse, ConnectSession } from "../../hooks/api/types"
import { FlinksConnectWidget } from "./flinks-connect-widget"

type Props = {
  institution: BankInstitution
  session: ConnectSession
  onConnected: (result: CompleteConnectSessionResponse) => void
  onRestart: () => void
}

/** Step 4: sign in to the chosen bank in the Flinks Connect widget. */
export function BankSignIn({ institution, session, onConnected, onRestart }: Props) {
  return (
    <FlinksConnectWidget
      session={session}
      intro={`In the Flinks window below, choose ${institution.name} and sign in. Your username and password go to Flinks and your bank only; this store never sees them.`}
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

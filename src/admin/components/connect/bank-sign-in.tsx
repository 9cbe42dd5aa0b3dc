import { Button } from "@medusajs/ui"
import { CONNECT_WORDS } from "../../lib/connect-flow"
import { FlinksConnectWidget } from "./flinks-connect-widget"
import type {
  AdminBankInstitution,
  AdminCompleteConnectSessionResponse,
  AdminConnectSession,
} from "../../../types/http"

type Props = {
  institution: AdminBankInstitution
  session: AdminConnectSession
  onConnected: (result: AdminCompleteConnectSessionResponse) => void
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

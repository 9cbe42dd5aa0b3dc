import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { BankChoice } from "../../../components/connect/bank-choice"
import { BankSignIn } from "../../../components/connect/bank-sign-in"
import { ConnectStepper } from "../../../components/connect/connect-stepper"
import { ConnectedAccounts } from "../../../components/connect/connected-accounts"
import { PrivacyConsent } from "../../../components/connect/privacy-consent"
import { ProviderChoice } from "../../../components/connect/provider-choice"
import { ConnectFlow } from "../../../lib/connect-flow"

/** Connect Bank Accounts: provider, consent, bank, sign-in in Flinks Connect, the accounts. */
function ConnectBankAccountsPage() {
  const navigate = useNavigate()
  const [flow, setFlow] = useState<ConnectFlow>({ step: "provider" })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading level="h1">Connect Bank Accounts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sign in to a Canadian or US bank through Flinks and bring its accounts in.
          </Text>
        </div>
        <ConnectStepper current={flow.step} />
      </div>
      <div className="px-6 py-6">
        {flow.step === "provider" && (
          <ProviderChoice onChoose={(provider) => setFlow({ step: "consent", provider })} />
        )}
        {flow.step === "consent" && (
          <PrivacyConsent
            provider={flow.provider}
            onAgree={(consentVersion) => setFlow({ step: "bank", provider: flow.provider, consentVersion })}
            onBack={() => setFlow({ step: "provider" })}
          />
        )}
        {flow.step === "bank" && (
          <BankChoice
            provider={flow.provider}
            consentVersion={flow.consentVersion}
            onStarted={(institution, session) => setFlow({ ...flow, step: "sign-in", institution, session })}
            onBack={() => setFlow({ step: "consent", provider: flow.provider })}
          />
        )}
        {flow.step === "sign-in" && (
          <BankSignIn
            // A new session is a new widget: nothing of the previous attempt may leak into it.
            key={flow.session.id}
            institution={flow.institution}
            session={flow.session}
            onConnected={(result) => setFlow({ step: "done", result })}
            onRestart={() =>
              setFlow({ step: "bank", provider: flow.provider, consentVersion: flow.consentVersion })
            }
          />
        )}
        {flow.step === "done" && (
          <ConnectedAccounts
            result={flow.result}
            onConnectAnother={() => setFlow({ step: "provider" })}
            onDone={() => navigate("/banking")}
          />
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Connect Bank Accounts",
  rank: 1,
})

export default ConnectBankAccountsPage

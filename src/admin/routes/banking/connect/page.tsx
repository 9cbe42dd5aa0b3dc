import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { BankChoice } from "../../../components/connect/bank-choice"
import { BankSignIn } from "../../../components/connect/bank-sign-in"
import { ConnectStepper } from "../../../components/connect/connect-stepper"
import { ConnectedAccounts } from "../../../components/connect/connected-accounts"
import { PrivacyConsent } from "../../../components/connect/privacy-consent"
import { ProviderChoice } from "../../../components/connect/provider-choice"
import { useConnectWizard } from "../../../hooks/use-connect-wizard"

/** Connect Bank Accounts: provider, consent, bank, sign-in in Flinks Connect, the accounts. */
function ConnectBankAccountsPage() {
  const navigate = useNavigate()
  const wizard = useConnectWizard()
  const { step, choices } = wizard

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading level="h1">Connect Bank Accounts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sign in to a Canadian or US bank through Flinks and bring its accounts in.
          </Text>
        </div>
        <ConnectStepper current={step} />
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-6">
        {wizard.notice && (
          <Alert variant="info" role="status" data-testid="connect-step-notice" className="max-w-2xl">
            {wizard.notice}
          </Alert>
        )}
        {wizard.restoring && (
          <Text size="small" className="text-ui-fg-subtle">
            Loading the providers…
          </Text>
        )}
        {!wizard.restoring && step === "provider" && <ProviderChoice onChoose={wizard.chooseProvider} />}
        {!wizard.restoring && step === "consent" && choices.provider && (
          <PrivacyConsent provider={choices.provider} onAgree={wizard.agree} onBack={wizard.back} />
        )}
        {step === "bank" && choices.provider && choices.consentVersion && (
          <BankChoice
            provider={choices.provider}
            consentVersion={choices.consentVersion}
            onStarted={wizard.startSignIn}
            onBack={wizard.back}
          />
        )}
        {step === "sign-in" && choices.signIn && (
          <BankSignIn
            // A new session is a new widget: nothing of the previous attempt may leak into it.
            key={choices.signIn.session.id}
            institution={choices.signIn.institution}
            session={choices.signIn.session}
            onConnected={wizard.connected}
            onRestart={wizard.back}
          />
        )}
        {step === "done" && choices.result && (
          <ConnectedAccounts
            result={choices.result}
            onConnectAnother={wizard.connectAnother}
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

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { MfaRecipientsForm } from "../../../components/settings/mfa-recipients-form"
import { MfaRecipientsList } from "../../../components/settings/mfa-recipients-list"
import { useBankingSettings } from "../../../hooks/api/banking-settings"
import { merchantMessage } from "../../../lib/merchant-message"

/** Settings > Banking: who is emailed when a bank asks for a verification (MFA). */
function BankingSettingsPage() {
  const settings = useBankingSettings()
  const saved = settings.data?.settings

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Banking</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Bank feeds through Flinks. When a bank asks for a verification before it sends new transactions, the people
          below get an email with a link to answer it.
        </Text>
      </div>
      {settings.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the banking settings: {merchantMessage(settings.error)}
        </Text>
      )}
      {settings.isPending && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading the banking settings…
        </Text>
      )}
      {saved && (
        <>
          <div className="px-6 py-4">
            <MfaRecipientsForm saved={saved.mfa_notification_recipients} />
          </div>
          <div className="px-6 py-4">
            <MfaRecipientsList recipients={saved.mfa_notification_recipients} />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Banking",
})

export default BankingSettingsPage

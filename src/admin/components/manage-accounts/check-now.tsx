import { ShieldCheck } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useBankingSettings } from "../../hooks/api/banking-settings"
import { useCheckBankConnection } from "../../hooks/api/connections"
import { BankConnection } from "../../hooks/api/types"
import { checkOutcomeWords } from "../../lib/check-outcome"
import { merchantMessage } from "../../lib/merchant-message"

/**
 * Check Now: signs in to the bank with the saved login, as the scheduled MFA check does. When the
 * bank asks a question, the MFA notification recipients get the resume email; the health below
 * follows the answer.
 */
export function CheckNow({ connection }: { connection: BankConnection }) {
  const check = useCheckBankConnection()
  const settings = useBankingSettings()
  const institution = connection.institution_name

  const onCheck = () =>
    // Awaited rather than given callbacks: the refreshed list may redraw this card meanwhile.
    check.mutateAsync(connection.id).then(
      (answer) => {
        const words = checkOutcomeWords(answer, settings.data?.settings.mfa_notification_recipients.length)
        toast[words.tone](institution, { description: words.message })
      },
      (error) => toast.error(`Could not check ${institution}`, { description: merchantMessage(error) })
    )

  return (
    <Button size="small" variant="secondary" onClick={onCheck} isLoading={check.isPending}>
      <ShieldCheck />
      Check Now
    </Button>
  )
}

import { ShieldCheck } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useBankingSettings } from "../../hooks/api/banking-settings"
import { useCheckBankConnection } from "../../hooks/api/connections"
import { useFollowedRun } from "../../hooks/use-followed-run"
import { checkOutcomeWords } from "../../lib/check-outcome"
import { merchantMessage } from "../../lib/merchant-message"
import { Notice } from "./connection-notice"
import type { AdminBankConnection } from "../../../types/http"

type Props = { connection: AdminBankConnection; onNotice: (notice: Notice | null) => void }

/**
 * Check Now: signs in to the bank with the saved login, as the scheduled MFA check does, in the
 * background. The health shows "Refreshing" while it runs; when it ends, the card says what the
 * bank answered (when it asks a question, the MFA notification recipients get the resume email).
 * A check found in progress when the page opens is followed the same way. Not offered while an
 * import of the connection runs: the server would refuse it.
 */
export function CheckNow({ connection, onNotice }: Props) {
  const check = useCheckBankConnection()
  const settings = useBankingSettings()
  const last = connection.last_sync
  const live = last?.in_progress && last.kind === "mfa_check" ? last.id : null
  const importing = Boolean(last?.in_progress && last.kind === "import")
  const followed = useFollowedRun(live, (run) => {
    const words = checkOutcomeWords(run, settings.data?.settings.mfa_notification_recipients.length)
    onNotice({ variant: words.tone, message: words.message })
  })
  const checking = check.isPending || followed.inProgress

  const onCheck = () => {
    onNotice(null)
    check.mutate(connection.id, {
      onSuccess: ({ sync_run }) => followed.follow(sync_run),
      onError: (error) =>
        onNotice({
          variant: "error",
          message: `Could not check ${connection.connection_name}: ${merchantMessage(error)}`,
        }),
    })
  }

  return (
    <Button size="small" variant="secondary" onClick={onCheck} isLoading={checking} disabled={checking || importing}>
      <ShieldCheck />
      Check Now
    </Button>
  )
}

import { ArrowLongRight, Spinner } from "@medusajs/icons"
import { Alert, Button, Text } from "@medusajs/ui"
import { bankAccountLabel, ledgerAccountLabel } from "./labels"
import { historyLimitHint } from "./start-date"
import type { AdminAvailableBankAccount, AdminLedgerAccount } from "../../../types/http"

type Props = {
  bankAccount: AdminAvailableBankAccount
  ledgerAccount: AdminLedgerAccount
  startDate: string
  linking: boolean
  /** The server's refusal, shown as it wrote it. */
  error: string | null
  onLink: () => void
  onEdit: () => void
}

/** The saved choice, read back before anything is written: "Chequing CAD → 1010 Bank - Chequing CAD, from …". */
export function LinkSummary({ bankAccount, ledgerAccount, startDate, linking, error, onLink, onEdit }: Props) {
  const hint = historyLimitHint(startDate)
  return (
    <div className="flex max-w-2xl flex-col gap-y-4">
      <div
        className="flex flex-col gap-y-1 rounded-lg border border-ui-border-base p-4 shadow-elevation-card-rest"
        data-testid="feed-summary"
      >
        <Text size="small" weight="plus" className="flex flex-wrap items-center gap-x-2">
          <span>{bankAccount.title}</span>
          <ArrowLongRight className="text-ui-fg-muted" aria-label="to" />
          <span>
            {ledgerAccountLabel(ledgerAccount)}, from {startDate}
          </span>
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {bankAccountLabel(bankAccount)}
        </Text>
        {hint && (
          <Text size="small" className="text-ui-fg-subtle">
            {hint}
          </Text>
        )}
      </div>
      {error && (
        <Alert variant="error" role="alert" data-testid="feed-link-error">
          {error}
        </Alert>
      )}
      {linking && (
        <div className="flex items-center gap-x-2" role="status">
          <Spinner className="animate-spin text-ui-fg-subtle" />
          <Text size="small">Linking…</Text>
        </div>
      )}
      <div className="flex items-center gap-x-2">
        <Button size="small" variant="secondary" onClick={onEdit} disabled={linking}>
          Edit
        </Button>
        <Button size="small" onClick={onLink} isLoading={linking}>
          Link Bank Feed
        </Button>
      </div>
    </div>
  )
}

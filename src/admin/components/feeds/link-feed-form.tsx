import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAvailableBankAccounts, useBankFeeds, useFeedLedgerAccounts, useLinkBankFeed } from "../../hooks/api/feeds"
import { useRememberSyncRun } from "../../hooks/api/sync-runs"
import { merchantMessage } from "../../lib/merchant-message"
import { BankAccountField } from "./bank-account-field"
import { LedgerAccountField } from "./ledger-account-field"
import { LinkOutcome } from "./link-outcome"
import { LinkSummary } from "./link-summary"
import { StartDateField } from "./start-date-field"
import { startDateProblem } from "./start-date"
import type { AdminLinkBankFeed } from "../../../types/http"

type Draft = AdminLinkBankFeed
type Errors = Partial<Record<keyof Draft, string>>
/** What Link Bank Feed answered: the feed, and its first import to follow (or why it did not start). */
type Linked = { feedId: string; runId: string | null; syncError: string | null; notice: string | null }

const EMPTY: Draft = { bank_account_id: "", ledger_account_id: "", start_date: "" }

/**
 * Choose, Save, then Link Bank Feed: Save only checks the choice and reads it back; nothing is
 * written until Link Bank Feed, which also starts the first import in the background.
 */
export function LinkFeedForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [reviewing, setReviewing] = useState(false)
  const [linked, setLinked] = useState<Linked | null>(null)
  const link = useLinkBankFeed()
  const remember = useRememberSyncRun()

  const bankAccount = useAvailableBankAccounts().data?.bank_accounts.find((a) => a.id === draft.bank_account_id)
  const ledgerAccounts = useFeedLedgerAccounts(bankAccount?.currency_code).data?.ledger_accounts
  const ledgerAccount = ledgerAccounts?.find((a) => a.id === draft.ledger_account_id)
  // "Linked." stops being true once that feed is unlinked from the list below.
  const feeds = useBankFeeds().data?.feeds
  const shown = linked && (!feeds || feeds.some((feed) => feed.id === linked.feedId)) ? linked : null

  const change = (fields: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...fields }))
    setErrors((current) => ({ ...current, ...Object.fromEntries(Object.keys(fields).map((key) => [key, undefined])) }))
    setLinked(null)
  }

  // A later date is refused as soon as it is typed; a missing one only when saving.
  const dateError =
    errors.start_date ?? (draft.start_date ? (startDateProblem(draft.start_date) ?? undefined) : undefined)

  const save = () => {
    const found: Errors = {
      bank_account_id: bankAccount ? undefined : "Choose the bank account to import.",
      ledger_account_id: ledgerAccount ? undefined : "Choose the ledger account its transactions post to.",
      start_date: startDateProblem(draft.start_date) ?? undefined,
    }
    setErrors(found)
    if (!Object.values(found).some(Boolean)) {
      link.reset()
      setReviewing(true)
    }
  }

  const confirm = () =>
    link.mutate(draft, {
      onSuccess: ({ feed, sync_run, sync_error, notice }) => {
        if (sync_run) remember(sync_run)
        // The same toast as every other Banking action; the form's own message follows the import.
        if (bankAccount && ledgerAccount) {
          toast.success(`${bankAccount.title} linked`, {
            description: `Its transactions post to ${ledgerAccount.code} ${ledgerAccount.name}.`,
          })
        }
        setLinked({ feedId: feed.id, runId: sync_run?.id ?? null, syncError: sync_error, notice })
        setDraft(EMPTY)
        setReviewing(false)
      },
    })

  if (reviewing && bankAccount && ledgerAccount) {
    return (
      <LinkSummary
        bankAccount={bankAccount}
        ledgerAccount={ledgerAccount}
        startDate={draft.start_date}
        linking={link.isPending}
        error={link.isError ? merchantMessage(link.error) : null}
        onLink={confirm}
        onEdit={() => setReviewing(false)}
      />
    )
  }

  return (
    <div className="flex max-w-2xl flex-col gap-y-6">
      {/* A new link is a new message: one dismissed before must not hide it. */}
      {shown && <LinkOutcome key={shown.feedId} {...shown} />}
      <BankAccountField
        value={draft.bank_account_id}
        error={errors.bank_account_id}
        onChange={(id) => {
          // Another account may be in another currency: the ledger choice starts again.
          change({ bank_account_id: id, ledger_account_id: "" })
        }}
      />
      <LedgerAccountField
        currencyCode={bankAccount?.currency_code}
        value={draft.ledger_account_id}
        error={errors.ledger_account_id}
        onChange={(id) => change({ ledger_account_id: id })}
      />
      <StartDateField value={draft.start_date} error={dateError} onChange={(date) => change({ start_date: date })} />
      <div>
        <Button size="small" onClick={save}>
          Save
        </Button>
      </div>
    </div>
  )
}

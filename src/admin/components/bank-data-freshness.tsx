import { ExclamationCircle } from "@medusajs/icons"
import { clx, Text, Tooltip } from "@medusajs/ui"
import { bankDataLines } from "../lib/bank-data-words"
import type { AdminBankData } from "../../types/http"

type Props = {
  /** Undefined from a server older than bank_data: nothing is said then, rather than "unknown". */
  bankData: AdminBankData | undefined
  /** The button on this screen that signs in at the bank ("Refresh Transactions", "Refresh"). */
  action?: string
  className?: string
  testId?: string
}

/**
 * "Bank data as of Dec 2, 10:04 AM": how old Flinks' copy is, so that "0 new lines" is never read
 * as "nothing happened at the bank". Stale, a warning-toned line says so and what brings today's.
 */
export function BankDataFreshness({
  bankData,
  action,
  compact,
  className,
  testId = "bank-data",
}: Props & { compact?: boolean }) {
  if (!bankData) return null
  return (
    <div className={clx("flex flex-col gap-y-0.5", className)} data-testid={testId} data-stale={bankData.stale}>
      <BankDataAsOf bankData={bankData} testId={`${testId}-as-of`} />
      <BankDataStale bankData={bankData} action={action} compact={compact} testId={`${testId}-stale`} />
    </div>
  )
}

/** The date line alone, for a screen that puts the warning elsewhere (a card's narrow column). */
export function BankDataAsOf({ bankData, className, testId = "bank-data-as-of" }: Omit<Props, "action">) {
  if (!bankData) return null
  return (
    <Text size="xsmall" className={clx("text-ui-fg-subtle", className)} data-testid={testId}>
      {bankDataLines(bankData).asOf}
    </Text>
  )
}

/**
 * The warning alone; nothing while the data is recent (or its date unknown). `compact`, for a
 * table cell: its first words ("Older than 24 hours"), the whole sentence on hover and for
 * screen readers (so the cell's text is the whole sentence too).
 */
export function BankDataStale({
  bankData,
  action,
  compact,
  className,
  testId = "bank-data-stale",
}: Props & { compact?: boolean }) {
  const lines = bankData ? bankDataLines(bankData, { action }) : null
  if (!lines?.stale) return null
  const warning = (
    <Text
      size="xsmall"
      className={clx("flex items-start gap-x-1 text-ui-tag-orange-text", className)}
      data-testid={testId}
    >
      <ExclamationCircle className="shrink-0 text-ui-tag-orange-icon" />
      {compact ? (
        <span>
          {lines.staleHeadline}
          <span className="sr-only">{lines.stale.slice(lines.staleHeadline!.length)}</span>
        </span>
      ) : (
        <span>{lines.stale}</span>
      )}
    </Text>
  )
  return compact ? (
    <Tooltip content={lines.stale} maxWidth={280}>
      {warning}
    </Tooltip>
  ) : (
    warning
  )
}

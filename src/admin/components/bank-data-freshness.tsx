import { ExclamationCircle } from "@medusajs/icons"
import { clx, Text } from "@medusajs/ui"
import type { BankData } from "../hooks/api/types"
import { bankDataLines } from "../lib/bank-data-words"

type Props = {
  /** Undefined from a server older than bank_data: nothing is said then, rather than "unknown". */
  bankData: BankData | undefined
  /** The button on this screen that signs in at the bank ("Refresh Transactions", "Refresh"). */
  action?: string
  className?: string
  testId?: string
}

/**
 * "Bank data as of Dec 2, 10:04 AM": how old Flinks' copy is, so that "0 new lines" is never read
 * as "nothing happened at the bank". Stale, a warning-toned line says so and what brings today's.
 */
export function BankDataFreshness({ bankData, action, className, testId = "bank-data" }: Props) {
  if (!bankData) return null
  return (
    <div className={clx("flex flex-col gap-y-0.5", className)} data-testid={testId} data-stale={bankData.stale}>
      <BankDataAsOf bankData={bankData} testId={`${testId}-as-of`} />
      <BankDataStale bankData={bankData} action={action} testId={`${testId}-stale`} />
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

/** The warning alone; nothing while the data is recent (or its date unknown). */
export function BankDataStale({ bankData, action, className, testId = "bank-data-stale" }: Props) {
  const stale = bankData ? bankDataLines(bankData, { action }).stale : null
  if (!stale) return null
  return (
    <Text size="xsmall" className={clx("flex items-start gap-x-1 text-ui-tag-orange-text", className)} data-testid={testId}>
      <ExclamationCircle className="shrink-0 text-ui-tag-orange-icon" />
      <span>{stale}</span>
    </Text>
  )
}

import { Hint, InlineTip, Input, Label, Text } from "@medusajs/ui"
import { historyLimitHint, today } from "./start-date"

type Props = { value: string; onChange: (date: string) => void; error?: string }

/** The first date to import; the browser's picker stops at today, typing a later one is refused. */
export function StartDateField({ value, onChange, error }: Props) {
  const hint = historyLimitHint(value)
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="feed-start-date" size="small" weight="plus">
        Transaction Start Date
      </Label>
      <Text size="small" className="text-ui-fg-subtle">
        Transactions from this date on are imported.
      </Text>
      <Input
        id="feed-start-date"
        type="date"
        size="small"
        max={today()}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(error)}
        className="w-fit"
      />
      {error && <Hint variant="error">{error}</Hint>}
      {!error && hint && (
        <InlineTip variant="warning" label="Note" data-testid="feed-history-hint" role="status">
          {hint}
        </InlineTip>
      )}
    </div>
  )
}

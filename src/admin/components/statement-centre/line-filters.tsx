import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { isAmountFilter } from "../../lib/decimal-text"
import {
  CentreFilters,
  FILTER_STATUSES,
  hasLineFilters,
  LINE_ORDERS,
  NO_FILTERS,
} from "../../lib/statement-centre-params"
import { DateFilterField } from "./date-filter-field"
import { LINE_STATUS_WORDS, ORDER_WORDS } from "./labels"
import { useCommittedText } from "./use-committed-text"
import type { AdminBankTransactionOrder, AdminBankTransactionStatus } from "../../../types/http"

type Props = {
  filters: CentreFilters
  onChange: (change: Partial<CentreFilters>) => void
}

const ANY_STATUS = "any"
const AMOUNT_HINT = "Write an amount like 125.50, without sign or thousands separator."

// Every filter but the order, which is not one: it stays as the merchant chose it.
const { sort: _order, ...CLEARED } = NO_FILTERS

const acceptAmount = (value: string) => value === "" || isAmountFilter(value)

function AmountField({
  id,
  label,
  value,
  onCommit,
}: {
  id: string
  label: string
  value: string
  onCommit: (value: string) => void
}) {
  const [text, setText] = useCommittedText(value, onCommit, acceptAmount)
  const wrong = !acceptAmount(text.trim())
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Label>
      <Input
        id={id}
        size="small"
        inputMode="decimal"
        placeholder="0.00"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-hint` : undefined}
        className="w-28"
      />
      {wrong && (
        <Text id={`${id}-hint`} size="xsmall" className="max-w-[14rem] text-ui-fg-error">
          {AMOUNT_HINT}
        </Text>
      )}
    </div>
  )
}

/** The Detailed View's filters and order; every change goes to the address at once or after a pause. */
export function LineFilters({ filters, onChange }: Props) {
  const [text, setText] = useCommittedText(filters.q, (q) => onChange({ q }))
  const status = filters.status.length === 1 ? filters.status[0] : ANY_STATUS

  return (
    // Fields line up by their top: a hint under one of them hangs below instead of lifting it.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset brings the browser's border and min-width, which break the row at 1024 px
    <div className="flex flex-wrap items-start gap-3" role="group" aria-label="Line filters">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="line-search" size="xsmall" className="text-ui-fg-subtle">
          Description
        </Label>
        <Input
          id="line-search"
          type="search"
          size="small"
          placeholder="Search descriptions"
          aria-label="Search descriptions"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="w-56"
        />
      </div>
      <DateFilterField
        id="line-date-from"
        label="From date"
        value={filters.date_from}
        onCommit={(date_from) => onChange({ date_from })}
      />
      <DateFilterField
        id="line-date-to"
        label="To date"
        value={filters.date_to}
        onCommit={(date_to) => onChange({ date_to })}
      />
      <AmountField
        id="line-amount-min"
        label="Minimum amount"
        value={filters.amount_min}
        onCommit={(amount_min) => onChange({ amount_min })}
      />
      <AmountField
        id="line-amount-max"
        label="Maximum amount"
        value={filters.amount_max}
        onCommit={(amount_max) => onChange({ amount_max })}
      />
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" className="text-ui-fg-subtle" id="line-status-label">
          Status
        </Label>
        <Select
          size="small"
          value={status}
          onValueChange={(value) =>
            onChange({ status: value === ANY_STATUS ? [] : [value as AdminBankTransactionStatus] })
          }
        >
          <Select.Trigger aria-labelledby="line-status-label" className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY_STATUS}>Any status</Select.Item>
            {FILTER_STATUSES.map((value) => (
              <Select.Item key={value} value={value}>
                {LINE_STATUS_WORDS[value].label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" className="text-ui-fg-subtle" id="line-sort-label">
          Sort
        </Label>
        <Select
          size="small"
          value={filters.sort}
          onValueChange={(value) => onChange({ sort: value as AdminBankTransactionOrder })}
        >
          <Select.Trigger aria-labelledby="line-sort-label" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LINE_ORDERS.map((order) => (
              <Select.Item key={order} value={order}>
                {ORDER_WORDS[order]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {hasLineFilters(filters) && (
        <Button size="small" variant="transparent" className="self-end" onClick={() => onChange(CLEARED)}>
          Clear filters
        </Button>
      )}
    </div>
  )
}

import { Input, Label, Text } from "@medusajs/ui"
import { useLayoutEffect, useRef, useState } from "react"
import { FILTER_YEARS, formatBankDate, isCompleteBankDate } from "../../lib/bank-date"
import { DATE_FILTER_WORDS } from "./labels"
import { useCommittedText } from "./use-committed-text"

type Props = {
  id: string
  label: string
  /** The date in the address, "" for none. */
  value: string
  onCommit: (value: string) => void
}

/**
 * A date input's value is "" both when it is empty and while only some of month, day and year are
 * typed: the second is told apart by `badInput`, and is not a cleared filter.
 */
const UNFINISHED = "unfinished"

function fieldText(input: HTMLInputElement): string {
  return input.value || (input.validity.badInput ? UNFINISHED : "")
}

const acceptDate = (text: string) => text === "" || isCompleteBankDate(text)

/**
 * A date filter that can be typed. The browser's date input reports "0002-11-01" at the first
 * digit of the year: only a whole date reaches the address (after a pause, as the other filters),
 * and what is typed stays as typed. Emptying the field removes the filter.
 */
export function DateFilterField({ id, label, value, onCommit }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useCommittedText(value, onCommit, acceptDate)
  const [focused, setFocused] = useState(false)
  const read = (event: { currentTarget: HTMLInputElement }) => setText(fieldText(event.currentTarget))

  // A change from elsewhere (Clear filters, Back) empties parts left typed; React would not, as the
  // input's value is "" already.
  useLayoutEffect(() => {
    if (text !== UNFINISHED && input.current?.validity.badInput) input.current.value = text
  }, [text])

  const hint =
    focused || acceptDate(text)
      ? null
      : text === UNFINISHED
        ? DATE_FILTER_WORDS.unfinished(value && formatBankDate(value))
        : DATE_FILTER_WORDS.outOfRange(FILTER_YEARS.first, FILTER_YEARS.last)

  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Label>
      {/* The value is "YYYY-MM-DD" whatever the merchant's language shows: no time zone comes into it. */}
      <Input
        ref={input}
        id={id}
        type="date"
        size="small"
        value={text === UNFINISHED ? "" : text}
        onChange={read}
        // Emptying the last part typed changes no value, so no change event says it: the key does.
        onKeyUp={read}
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          setFocused(false)
          read(event)
        }}
        aria-invalid={hint !== null}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="w-36"
      />
      {hint && (
        <Text id={`${id}-hint`} size="xsmall" className="max-w-[14rem] text-ui-fg-error" data-testid={`${id}-hint`}>
          {hint}
        </Text>
      )}
    </div>
  )
}

import { Button, Hint, Input, Label, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useUpdateBankingSettings } from "../../hooks/api/banking-settings"
import { merchantMessage } from "../../lib/merchant-message"

const FIELD = "mfa-notification-recipients"

/**
 * "MFA Notification Recipients for Flinks": email addresses separated by commas. The server checks
 * each one and names any it refuses; that answer stays under the field until the next change.
 */
export function MfaRecipientsForm({ saved }: { saved: string[] }) {
  const update = useUpdateBankingSettings()
  const [text, setText] = useState(saved.join(", "))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate(
      { mfa_notification_recipients: text },
      {
        onSuccess: ({ settings }) => {
          // As the server kept them: trimmed, without duplicates.
          setText(settings.mfa_notification_recipients.join(", "))
          toast.success("MFA notification recipients saved")
        },
      }
    )
  }

  const onChange = (value: string) => {
    setText(value)
    if (update.isError) update.reset()
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-2" noValidate>
      <Label htmlFor={FIELD} size="small" weight="plus">
        MFA Notification Recipients for Flinks
      </Label>
      <Hint id={`${FIELD}-hint`}>
        One or more email addresses, separated by commas. When a bank asks for a verification, each gets an email with a
        link to answer it.
      </Hint>
      <Input
        id={FIELD}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        placeholder="books@example.com, owner@example.com"
        autoComplete="off"
        aria-invalid={update.isError}
        aria-describedby={update.isError ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`}
      />
      {update.isError && (
        <Hint variant="error" id={`${FIELD}-error`} role="alert" data-testid="mfa-recipients-error">
          {merchantMessage(update.error)}
        </Hint>
      )}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  )
}

import { Badge, Text } from "@medusajs/ui"

/** Who is emailed today, as saved: what the form above changes once it is saved. */
export function MfaRecipientsList({ recipients }: { recipients: string[] }) {
  if (recipients.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="mfa-recipients-none">
        Nobody yet: when a bank asks for a verification, no email goes out, and its transactions wait until someone
        answers with Edit Credentials in Manage Added Accounts.
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" className="text-ui-fg-subtle" id="mfa-recipients-saved">
        Emails go to:
      </Text>
      <ul aria-labelledby="mfa-recipients-saved" className="flex flex-wrap gap-2" data-testid="mfa-recipients-saved">
        {recipients.map((address) => (
          <li key={address}>
            <Badge size="small">{address}</Badge>
          </li>
        ))}
      </ul>
    </div>
  )
}

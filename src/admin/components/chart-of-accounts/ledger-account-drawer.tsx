import { Alert, Button, Drawer, Input, Label, Select, Textarea, toast } from "@medusajs/ui"
import { FormEvent, ReactNode, useEffect, useState } from "react"
import { useCreateLedgerAccount, useUpdateLedgerAccount } from "../../hooks/api/ledger-accounts"
import { merchantMessage } from "../../lib/merchant-message"
import { LEDGER_ACCOUNT_TYPES, typeLabel } from "./type-label"
import type { AdminCreateLedgerAccount, AdminLedgerAccount, AdminLedgerAccountType } from "../../../types/http"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The account to edit; none to create one. */
  account?: AdminLedgerAccount
}

const EMPTY: AdminCreateLedgerAccount = { code: "", name: "", type: "asset", currency_code: "CAD", description: "" }

/**
 * Create or edit one ledger account. The server checks every field and answers in words; its
 * answer stays in the drawer until the merchant changes something.
 */
export function LedgerAccountDrawer({ open, onOpenChange, account }: Props) {
  const [form, setForm] = useState<AdminCreateLedgerAccount>(EMPTY)
  const create = useCreateLedgerAccount()
  const update = useUpdateLedgerAccount(account?.id ?? "")
  const mutation = account ? update : create

  // Each opening starts from the account as stored (or blank), not from an abandoned edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts from the stored account, not on every render of the mutation
  useEffect(() => {
    if (!open) return
    mutation.reset()
    setForm(account ? formOf(account) : EMPTY)
  }, [open, account])

  const set = (field: keyof AdminCreateLedgerAccount) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = { ...form, description: form.description?.trim() || null }
    mutation.mutate(body, {
      onSuccess: ({ ledger_account }) => {
        toast.success(account ? "Ledger account saved" : "Ledger account created", {
          description: `${ledger_account.code} ${ledger_account.name}`,
        })
        onOpenChange(false)
      },
      onError: (error) =>
        toast.error(account ? "Could not save the ledger account" : "Could not create the ledger account", {
          description: merchantMessage(error),
        }),
    })
  }

  const title = account ? `Edit ${account.code} ${account.name}` : "Create ledger account"
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {mutation.isError && (
              <Alert variant="error" role="alert">
                {merchantMessage(mutation.error)}
              </Alert>
            )}
            <Field id="ledger-code" label="Code" hint="Up to 20 letters, digits, dots or dashes, e.g. 1010.">
              <Input
                id="ledger-code"
                value={form.code}
                onChange={(e) => set("code")(e.target.value)}
                required
                maxLength={20}
                autoFocus={!account}
              />
            </Field>
            <Field id="ledger-name" label="Name">
              <Input
                id="ledger-name"
                value={form.name}
                onChange={(e) => set("name")(e.target.value)}
                required
                maxLength={200}
              />
            </Field>
            <Field id="ledger-type" label="Type">
              <Select value={form.type} onValueChange={(value) => set("type")(value as AdminLedgerAccountType)}>
                <Select.Trigger id="ledger-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {LEDGER_ACCOUNT_TYPES.map((type) => (
                    <Select.Item key={type} value={type}>
                      {typeLabel(type)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="ledger-currency" label="Currency" hint="A 3-letter code such as CAD or USD.">
              <Input
                id="ledger-currency"
                value={form.currency_code}
                onChange={(e) => set("currency_code")(e.target.value.toUpperCase())}
                required
                maxLength={3}
                className="uppercase"
              />
            </Field>
            <Field id="ledger-description" label="Description (optional)">
              <Textarea
                id="ledger-description"
                value={form.description ?? ""}
                onChange={(e) => set("description")(e.target.value)}
                maxLength={1000}
              />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={mutation.isPending}>
              {account ? "Save" : "Create"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** Only the fields a merchant edits: the server refuses any other. */
function formOf({ code, name, type, currency_code, description }: AdminLedgerAccount): AdminCreateLedgerAccount {
  return { code, name, type, currency_code, description: description ?? "" }
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint && <span className="txt-compact-small text-ui-fg-subtle">{hint}</span>}
    </div>
  )
}

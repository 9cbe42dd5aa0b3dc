import { Alert, Button, Prompt, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useDeleteBankConnection } from "../../hooks/api/connections"
import { merchantMessage } from "../../lib/merchant-message"
import { accountsCount } from "./labels"
import type { AdminBankConnection, AdminDeleteBankConnectionResponse } from "../../../types/http"

type Props = {
  connection: AdminBankConnection
  open: boolean
  onOpenChange: (open: boolean) => void
  onDeleted: (answer: AdminDeleteBankConnectionResponse) => void
}

/**
 * The confirmation of Delete Account: what deleting does, and whether the transactions already
 * imported stay. The server's refusal (Flinks still busy with the login, a feed linked meanwhile)
 * shows here as it wrote it, and the merchant can try again.
 */
export function DeleteConnectionPrompt({ connection, open, onOpenChange, onDeleted }: Props) {
  const remove = useDeleteBankConnection()
  const [keep, setKeep] = useState<"keep" | "remove">("keep")
  const institution = connection.connection_name

  // Each opening starts afresh: the default choice, no earlier refusal.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts afresh, not on every render of the mutation
  useEffect(() => {
    if (!open) return
    remove.reset()
    setKeep("keep")
  }, [open])

  // Closing while the request runs would hide its answer.
  const change = (next: boolean) => !remove.isPending && onOpenChange(next)

  // Awaited rather than given callbacks: the deleted connection's card (and this prompt in it)
  // leaves with the refreshed list, and react-query skips the callbacks of a component that is gone.
  // A refusal shows from the mutation's state.
  const confirm = () =>
    remove.mutateAsync({ id: connection.id, keepTransactions: keep === "keep" }).then(onDeleted, () => {})

  return (
    <Prompt open={open} onOpenChange={change}>
      <Prompt.Content className="max-w-[480px]">
        <Prompt.Header>
          <Prompt.Title>Delete {institution}?</Prompt.Title>
          <Prompt.Description asChild>
            <div className="flex flex-col gap-y-2">
              <Text size="small" className="text-ui-fg-subtle">
                The bank login is also deleted at Flinks. This connection and its{" "}
                {accountsCount(connection.accounts.length)} are removed, and nothing more will import from them.
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                To connect this bank again later, sign in to it anew in Connect Bank Accounts.
              </Text>
            </div>
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-3 px-6 pt-4">
          <RadioGroup
            value={keep}
            onValueChange={(value) => setKeep(value as "keep" | "remove")}
            aria-label="The transactions already imported"
            disabled={remove.isPending}
          >
            <RadioGroup.ChoiceBox
              value="keep"
              label="Keep the imported transactions"
              description="The lines already imported stay in your books and statements."
            />
            <RadioGroup.ChoiceBox
              value="remove"
              label="Remove them too"
              description="Every line and statement imported from these accounts is deleted."
            />
          </RadioGroup>
          {remove.isError && (
            <Alert variant="error" role="alert" data-testid="delete-connection-error">
              {merchantMessage(remove.error)}
            </Alert>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel disabled={remove.isPending}>Cancel</Prompt.Cancel>
          <Button size="small" variant="danger" onClick={confirm} isLoading={remove.isPending}>
            {remove.isError ? "Try again" : "Delete Account"}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

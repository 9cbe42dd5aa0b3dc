import { Trash } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { Notice } from "./connection-notice"
import { DeleteConnectionPrompt } from "./delete-connection-prompt"
import { linkedAccounts, unlinkFirstMessage } from "./labels"
import type { AdminBankConnection } from "../../../types/http"

type Props = { connection: AdminBankConnection; onNotice: (notice: Notice | null) => void }

/**
 * Delete Account: refused while a feed is linked (the merchant unlinks first, on this screen);
 * otherwise a confirmation that says what happens.
 */
export function DeleteConnection({ connection, onNotice }: Props) {
  const [open, setOpen] = useState(false)
  const institution = connection.connection_name

  const onDelete = () => {
    if (linkedAccounts(connection).length > 0) {
      return onNotice({ variant: "warning", message: unlinkFirstMessage(connection), whileLinked: true })
    }
    onNotice(null)
    setOpen(true)
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={onDelete}>
        <Trash />
        Delete Account
      </Button>
      <DeleteConnectionPrompt
        connection={connection}
        open={open}
        onOpenChange={setOpen}
        onDeleted={({ transactions_kept }) => {
          setOpen(false)
          toast.success(`${institution} deleted`, {
            description: transactions_kept
              ? "The transactions already imported were kept."
              : "The transactions imported from it were removed too.",
          })
        }}
      />
    </>
  )
}

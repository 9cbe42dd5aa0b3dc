import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { holdLockStep } from "../shared/steps/hold-lock"
import { importLockKey } from "../run-lease"
import { deleteFlinksLoginStep } from "./steps/delete-flinks-login"
import { ensureConnectionHasNoLinkedFeedStep } from "./steps/ensure-no-linked-feed"
import { loadBankConnectionStep } from "../bank-login"
import { removeBankConnectionStep } from "./steps/remove-bank-connection"

export type DeleteBankConnectionInput = {
  id: string
  actor_id: string | null
  /** The merchant's choice: keep the lines already imported readable, or remove them too. */
  keep_transactions: boolean
}

const IMPORT_IN_PROGRESS =
  "Transactions of this bank connection are being imported right now. Try again when it has finished. Nothing was deleted."

/**
 * Delete Account: only once no feed is linked; the connection and its accounts go (and, if asked,
 * what they imported), then the login is deleted at Flinks. A refusal from Flinks undoes it all.
 * Holds the connection's import lock, so no import writes to accounts being removed.
 */
export const deleteBankConnectionWorkflow = createWorkflow(
  "banking-delete-bank-connection",
  (input: DeleteBankConnectionInput) => {
    const lockKey = transform({ input }, ({ input }) => importLockKey(input.id))
    const lock = holdLockStep({ key: lockKey, wait_seconds: 0, ttl_seconds: 120, busy_message: IMPORT_IN_PROGRESS })
    const connection = loadBankConnectionStep(transform({ input }, ({ input }) => ({ id: input.id })))
    const accountIds = ensureConnectionHasNoLinkedFeedStep(
      transform({ connection }, ({ connection }) => ({ connection_id: connection.id }))
    )
    const removed = removeBankConnectionStep(
      transform({ input, accountIds }, ({ input, accountIds }) => ({
        connection_id: input.id,
        account_ids: accountIds,
        actor_id: input.actor_id,
        keep_transactions: input.keep_transactions,
      }))
    )
    deleteFlinksLoginStep(transform({ input }, ({ input }) => ({ connection_id: input.id })))
    emitEventStep({
      eventName: BankingEvents.CONNECTION_DELETED,
      data: transform({ input, connection, accountIds, removed }, ({ input, connection, accountIds, removed }) => ({
        id: input.id,
        provider: connection.provider,
        account_ids: accountIds,
        deleted_by: input.actor_id,
        deleted_at: new Date(removed.deleted_at).toISOString(),
        transactions_kept: input.keep_transactions,
      })) satisfies BankingEventData<typeof BankingEvents.CONNECTION_DELETED>,
    })
    releaseLockStep({ key: lockKey, ownerId: lock.owner_id })
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ id: input.id, transactions_kept: input.keep_transactions }))
    )
  }
)

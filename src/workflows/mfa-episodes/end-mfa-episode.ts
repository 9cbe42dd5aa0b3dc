import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { closeMfaEpisodesStep } from "./steps/close-mfa-episodes"

export type EndMfaEpisodeInput = {
  connection_id: string
  /** The admin user who answered the bank, or null for a background check. */
  actor_id: string | null
  /** Whether the bank let the login in, so the episode is over. */
  applies: boolean
}

/**
 * For a workflow in which the bank let the login in again: closes the connection's open MFA
 * requests and, when there were some, emits `banking.connection.resumed`.
 */
export function endMfaEpisode(input: WorkflowData<EndMfaEpisodeInput>) {
  const closed = when({ input }, ({ input }) => input.applies).then(() =>
    closeMfaEpisodesStep(transform({ input }, ({ input }) => ({ connection_id: input.connection_id })))
  )
  when({ closed }, ({ closed }) => !!closed?.closed_ids.length).then(() => {
    emitEventStep({
      eventName: BankingEvents.CONNECTION_RESUMED,
      data: transform({ input, closed }, ({ input, closed }) => ({
        id: input.connection_id,
        mfa_request_ids: closed!.closed_ids,
        actor_id: input.actor_id,
      })) satisfies BankingEventData<typeof BankingEvents.CONNECTION_RESUMED>,
    }).config({ name: "emit-connection-resumed" })
  })
}

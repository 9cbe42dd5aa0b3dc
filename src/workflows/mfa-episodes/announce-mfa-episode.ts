import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { BankingEventData, BankingEvents } from "../../types/events"
import { openMfaEpisodeStep } from "./steps/open-mfa-episode"

/**
 * Inside a workflow, when `applies`: the connection's MFA episode (opened if none is), and
 * `banking.connection.mfa_required` when the recipients are due a message (the first time, then
 * at most once per reminder interval). The background check, an import meeting the bank's
 * unanswered question and Flinks' nightly status all announce an episode this one way.
 */
export function announceMfaEpisode(input: WorkflowData<{ connection_id: string; applies: boolean }>) {
  const episode = when({ input }, ({ input }) => input.applies).then(() =>
    openMfaEpisodeStep(transform({ input }, ({ input }) => ({ connection_id: input.connection_id })))
  )
  when({ episode }, ({ episode }) => !!episode?.notify_due).then(() => {
    emitEventStep({
      eventName: BankingEvents.CONNECTION_MFA_REQUIRED,
      data: transform({ input, episode }, ({ input, episode }) => ({
        id: input.connection_id,
        mfa_request_id: episode!.mfa_request_id,
        reminder: !episode!.opened,
      })) satisfies BankingEventData<typeof BankingEvents.CONNECTION_MFA_REQUIRED>,
    }).config({ name: "emit-mfa-required" })
  })
  return episode
}

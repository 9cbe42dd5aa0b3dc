import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BankingEvents } from "../types/events"
import { notifyMfaRecipientsWorkflow } from "../workflows/resume"

/** A bank asks for MFA: email the recipients set in the banking settings a resume link. */
export default async function mfaRequiredEmail({
  event,
  container,
}: SubscriberArgs<{ id: string; mfa_request_id: string }>) {
  await notifyMfaRecipientsWorkflow(container).run({ input: { mfa_request_id: event.data.mfa_request_id } })
}

export const config: SubscriberConfig = {
  event: BankingEvents.CONNECTION_MFA_REQUIRED,
}

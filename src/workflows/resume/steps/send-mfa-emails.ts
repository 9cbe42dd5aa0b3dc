import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SendMfaEmailsInput = {
  mfa_request_id: string
  /** The resume link this round of emails carries. */
  link_id: string
  recipients: string[]
  content: { subject: string; text: string; html: string }
}

/**
 * One email per recipient through Medusa's Notification module (channel "email"). The idempotency
 * key holds the request and the link: a retried step never mails a recipient the same link twice.
 * Sending cannot be undone, so this is the workflow's last step.
 */
export const sendMfaEmailsStep = createStep("send-mfa-emails", async (input: SendMfaEmailsInput, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const sent = await notifications.createNotifications(
    input.recipients.map((to) => ({
      to,
      channel: "email",
      template: "banking-mfa-required",
      content: input.content,
      // Only ids here: the local provider writes `data` to the log, and the link must not be there.
      data: { mfa_request_id: input.mfa_request_id },
      idempotency_key: `banking-mfa:${input.mfa_request_id}:${input.link_id}:${to.toLowerCase()}`,
    }))
  )
  return new StepResponse({ sent: sent.length })
})

import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mfaRequiredEmail } from "./email/mfa-required-email"
import { issueResumeLinkStep } from "./steps/issue-resume-link"
import { loadMfaNotificationStep } from "./steps/load-mfa-notification"
import { markMfaNotifiedStep } from "./steps/mark-mfa-notified"
import { sendMfaEmailsStep } from "./steps/send-mfa-emails"

/**
 * Tells the MFA notification recipients that a bank waits for them, with a resume link. One at a
 * time per request (a lock), and only when due, so the same episode never mails twice at once.
 */
export const notifyMfaRecipientsWorkflow = createWorkflow(
  "banking-notify-mfa-recipients",
  (input: { mfa_request_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `banking:mfa-notify:${input.mfa_request_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
    const notice = loadMfaNotificationStep(input)
    const sent = when({ notice }, ({ notice }) => notice.due).then(() => {
      const link = issueResumeLinkStep(transform({ input }, ({ input }) => ({ mfa_request_id: input.mfa_request_id })))
      markMfaNotifiedStep(
        transform({ input, notice }, ({ input, notice }) => ({
          mfa_request_id: input.mfa_request_id,
          recipients: notice.recipients,
        }))
      )
      return sendMfaEmailsStep(
        transform({ input, notice, link }, ({ input, notice, link }) => ({
          mfa_request_id: input.mfa_request_id,
          link_id: link.link_id,
          recipients: notice.recipients,
          content: mfaRequiredEmail({
            institution_name: notice.institution_name,
            accounts: notice.accounts,
            missing_after: notice.missing_after,
            resume_url: link.url,
            expires_at: new Date(link.expires_at),
            reminder: notice.reminder,
          }),
        }))
      )
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ notice, sent }, ({ notice, sent }) => ({ sent: sent?.sent ?? 0, skipped: notice.reason }))
    )
  }
)

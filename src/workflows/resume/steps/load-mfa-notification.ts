import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { inBankOrder } from "../../../lib/banking/bank-order"
import { connectionName } from "../../../lib/banking/provider-names"
import { OPEN_MFA_STATUSES } from "../../mfa-episodes"

export type MfaNotice = {
  due: boolean
  /** Why no message goes out now. */
  reason: "closed" | "recently_notified" | "no_recipients" | null
  reminder: boolean
  recipients: string[]
  /** The bank with its provider: "Flinks Capital (Flinks Canada)". */
  institution_name: string
  accounts: { title: string; account_number_masked: string | null }[]
  missing_after: string | null
}

const notDue = (reason: NonNullable<MfaNotice["reason"]>) =>
  new StepResponse<MfaNotice>({
    due: false,
    reason,
    reminder: false,
    recipients: [],
    institution_name: "",
    accounts: [],
    missing_after: null,
  })

/**
 * What the MFA email needs: the open request, its bank and linked accounts, the last bank date
 * imported, the recipients from the banking settings, and whether a message is due now (first
 * time, or a reminder past the interval). Reads only.
 */
export const loadMfaNotificationStep = createStep(
  "load-mfa-notification",
  async (input: { mfa_request_id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [request] = await banking.listMfaRequests({ id: input.mfa_request_id }, { relations: ["connection"] })
    const open = !!request && (OPEN_MFA_STATUSES as readonly string[]).includes(request.status)
    if (!open) {
      return notDue("closed")
    }
    const interval = banking.mfaOptions().reminderIntervalHours * 3_600_000
    if (request.notified_at && Date.now() - new Date(request.notified_at).getTime() < interval) {
      return notDue("recently_notified")
    }
    const { mfa_notification_recipients: recipients } = await banking.retrieveSettings()
    if (!recipients.length) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn("Banking: a bank asks for MFA but no MFA notification recipients are set (Settings > Banking).")
      return notDue("no_recipients")
    }
    const accounts = await banking.listBankAccounts({ connection_id: request.connection.id }, { relations: ["feeds"] })
    const linked = accounts.filter((account) => account.feeds.some((feed) => feed.status === "linked"))
    const imported = linked
      .flatMap((account) => account.feeds.map((feed) => feed.high_water_date))
      .filter(Boolean) as string[]
    return new StepResponse<MfaNotice>({
      due: true,
      reason: null,
      reminder: !!request.notified_at,
      recipients,
      institution_name: connectionName(request.connection.institution_name, request.connection.provider),
      accounts: inBankOrder(linked.length ? linked : accounts).map((account) => ({
        title: account.title,
        account_number_masked: account.account_number_masked,
      })),
      missing_after: imported.length ? imported.sort()[0] : null,
    })
  }
)

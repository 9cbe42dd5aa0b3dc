import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import BankingModuleService from "../../../../modules/banking/service"
import type { AdminBankingSettings } from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"

/** The banking settings as the admin sees them; nothing saved yet reads as no recipients. */
export async function readBankingSettings(scope: MedusaContainer): Promise<AdminBankingSettings> {
  const banking = scope.resolve<BankingModuleService>(BANKING_MODULE)
  const [settings] = await banking.listBankingSettings({}, { take: 1, order: { created_at: "ASC" } })
  const recipients = settings?.mfa_notification_recipients
  return {
    mfa_notification_recipients: Array.isArray(recipients) ? (recipients as string[]) : [],
    updated_at: wireTime(settings?.updated_at),
  }
}

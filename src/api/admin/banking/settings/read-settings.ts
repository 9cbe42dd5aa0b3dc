import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import type { AdminBankingSettings } from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"

/** The banking settings as the admin sees them; nothing saved yet reads as no recipients. */
export async function readBankingSettings(scope: MedusaContainer): Promise<AdminBankingSettings> {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { mfa_notification_recipients, updated_at } = await banking.retrieveSettings()
  return { mfa_notification_recipients, updated_at: wireTime(updated_at) }
}

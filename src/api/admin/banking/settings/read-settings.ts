import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"

/** The banking settings as the admin sees them; nothing saved yet reads as no recipients. */
export async function readBankingSettings(scope: MedusaContainer) {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const { mfa_notification_recipients, updated_at } = await banking.retrieveSettings()
  return { mfa_notification_recipients, updated_at }
}

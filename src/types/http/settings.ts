import type { AdminDateTime } from "./common"

/** Settings > Banking. */
export type AdminBankingSettings = {
  mfa_notification_recipients: string[]
  updated_at: AdminDateTime | null
}

/**
 * POST /admin/banking/settings: "MFA Notification Recipients for Flinks", email addresses
 * separated by commas (or given as a list); each is checked, and the error names every one refused.
 */
export type AdminUpdateBankingSettings = { mfa_notification_recipients: string | string[] }

/** GET and POST /admin/banking/settings */
export type AdminBankingSettingsResponse = { settings: AdminBankingSettings }

import { model } from "@medusajs/framework/utils"

/** The merchant's banking settings; one row. */
const BankingSettings = model.define("banking_settings", {
  id: model.id({ prefix: "bset" }).primaryKey(),
  /** Validated email addresses that receive "your bank needs you" messages. */
  mfa_notification_recipients: model.array().nullable(),
  options: model.json().nullable(),
})

export default BankingSettings

import { z } from "@medusajs/framework/zod"
import { parseRecipientList } from "../../../../lib/banking/recipient-list"
import type { AdminUpdateBankingSettings as UpdateBody } from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"

/**
 * "MFA Notification Recipients for Flinks": one or more email addresses separated by commas (or
 * given as a list). Each address is checked; the error names every one that is not an address.
 */
export const AdminUpdateBankingSettings = z
  .object({
    mfa_notification_recipients: z.union([z.string().max(2000), z.array(z.string().max(320)).max(50)]),
  })
  .strict()
  .transform((body, ctx) => {
    const parsed = parseRecipientList(body.mfa_notification_recipients)
    if (parsed.invalid.length) {
      ctx.addIssue({
        code: "custom",
        path: ["mfa_notification_recipients"],
        message: `${parsed.invalid.map((address) => `"${address}"`).join(", ")} ${parsed.invalid.length > 1 ? "are not valid email addresses" : "is not a valid email address"}.`,
      })
      return z.NEVER
    }
    return { mfa_notification_recipients: parsed.valid }
  })
export type AdminUpdateBankingSettingsType = z.infer<typeof AdminUpdateBankingSettings>
type _UpdateProof = Proven<Validates<typeof AdminUpdateBankingSettings, UpdateBody>>

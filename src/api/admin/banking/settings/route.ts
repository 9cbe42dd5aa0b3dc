import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBankingSettingsWorkflow } from "../../../../workflows"
import { readBankingSettings } from "./read-settings"
import { AdminUpdateBankingSettingsType } from "./validators"
import type { AdminBankingSettingsResponse } from "../../../../types/http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankingSettingsResponse>) {
  res.json({ settings: await readBankingSettings(req.scope) })
}

/** Saves the MFA notification recipients, each checked as an email address. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateBankingSettingsType>,
  res: MedusaResponse<AdminBankingSettingsResponse>
) {
  await updateBankingSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: await readBankingSettings(req.scope) })
}

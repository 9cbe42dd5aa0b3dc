import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBankingSettingsWorkflow } from "../../../../workflows"
import { readBankingSettings } from "./read-settings"
import { AdminUpdateBankingSettingsType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await readBankingSettings(req.scope) })
}

/** Saves the MFA notification recipients, each checked as an email address. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateBankingSettingsType>, res: MedusaResponse) {
  await updateBankingSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: await readBankingSettings(req.scope) })
}

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BankingSettingsInput, saveBankingSettingsStep } from "./steps/save-banking-settings"

/** Saves the banking settings: for now, who is told when a bank asks for MFA. */
export const updateBankingSettingsWorkflow = createWorkflow(
  "banking-update-settings",
  (input: BankingSettingsInput) => new WorkflowResponse(saveBankingSettingsStep(input))
)

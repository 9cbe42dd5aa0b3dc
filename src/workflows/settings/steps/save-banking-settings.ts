import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type BankingSettingsInput = { mfa_notification_recipients: string[] }

type Undo = { created_id: string } | { id: string; mfa_notification_recipients: string[] }

/** Saves the single settings row (created on first save). Undone by restoring the previous values. */
export const saveBankingSettingsStep = createStep(
  "save-banking-settings",
  async (input: BankingSettingsInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const existing = await banking.retrieveSettings()
    if (!existing.id) {
      const created = await banking.createBankingSettings({
        mfa_notification_recipients: input.mfa_notification_recipients,
      })
      return new StepResponse<{ id: string }, Undo>({ id: created.id }, { created_id: created.id })
    }
    const updated = await banking.updateBankingSettings({
      id: existing.id,
      mfa_notification_recipients: input.mfa_notification_recipients,
    })
    return new StepResponse<{ id: string }, Undo>(
      { id: updated.id },
      { id: existing.id, mfa_notification_recipients: existing.mfa_notification_recipients }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    if ("created_id" in undo) {
      await banking.deleteBankingSettings(undo.created_id)
      return
    }
    await banking.updateBankingSettings({
      id: undo.id,
      mfa_notification_recipients: undo.mfa_notification_recipients,
    })
  }
)

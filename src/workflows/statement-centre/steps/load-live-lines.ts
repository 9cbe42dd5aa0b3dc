import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService, TransactionStatus } from "../../../types"

export type LiveLine = {
  id: string
  status: TransactionStatus
  reconciled_at: Date | null
  reconciled_by: string | null
}

/** The selected lines, all of which must exist and not be deleted; the missing ones are named. Reads only. */
export const loadLiveLinesStep = createStep("load-live-lines", async (input: { ids: string[] }, { container }) => {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const ids = [...new Set(input.ids)]
  const lines = await banking.listBankTransactions(
    { id: ids },
    { select: ["id", "status", "reconciled_at", "reconciled_by"], take: ids.length }
  )
  if (lines.length !== ids.length) {
    const found = new Set(lines.map((line) => line.id))
    const missing = ids.filter((id) => !found.has(id))
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${missing.length} of the selected lines no longer exist (${missing.slice(0, 5).join(", ")}). Reload and try again.`
    )
  }
  return new StepResponse(lines as LiveLine[])
})

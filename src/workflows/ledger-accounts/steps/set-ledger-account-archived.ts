import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

export type SetLedgerAccountArchivedInput = { id: string; archived: boolean }

/**
 * Archives a ledger account (hidden from the chart and from the accounts a new feed can post to,
 * its history kept) or brings it back. Archiving an archived account keeps its first date.
 * Undone by restoring the previous archived date.
 *
 * @example setLedgerAccountArchivedStep({ id: "ledger_01...", archived: true })
 */
export const setLedgerAccountArchivedStep = createStep(
  "set-ledger-account-archived",
  async (input: SetLedgerAccountArchivedInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [before] = await banking.listLedgerAccounts({ id: input.id }, { select: ["id", "archived_at"] })
    const archivedAt = input.archived ? (before.archived_at ?? new Date()) : null
    const account = await banking.updateLedgerAccounts({ id: input.id, archived_at: archivedAt })
    return new StepResponse(account, { id: before.id, archived_at: before.archived_at })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<IBankingModuleService>(BANKING_MODULE).updateLedgerAccounts(before)
  }
)

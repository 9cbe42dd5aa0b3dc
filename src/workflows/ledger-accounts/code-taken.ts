import { MedusaError } from "@medusajs/framework/utils"
import type { IBankingModuleService } from "../../types"

/** What a merchant reads when the code they chose belongs to another account. */
export function codeTakenError(code: string, takenByArchived = false): MedusaError {
  const archived = takenByArchived ? " It is archived: unarchive it to use it again." : ""
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `A ledger account with code ${code} already exists.${archived}`
  )
}

/**
 * The account that holds one of `codes`, archived ones included (their code stays theirs), other
 * than `exceptId`. Asked before a write, and again after a write the unique index refused: the
 * module words that refusal as it likes, so the code's holder, not the wording, says it was a clash.
 */
export async function findCodeHolder(
  banking: IBankingModuleService,
  codes: string | string[],
  exceptId?: string
): Promise<{ id: string; code: string; archived_at: Date | null } | undefined> {
  const holders = await banking.listLedgerAccounts({ code: codes }, { select: ["id", "code", "archived_at"] })
  return holders.find((holder) => holder.id !== exceptId)
}

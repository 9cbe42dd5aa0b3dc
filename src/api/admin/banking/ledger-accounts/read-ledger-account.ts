import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLedgerAccount } from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"
import { ledgerAccountFields } from "./query-config"

type Time = Date | string

/** A ledger account as Query reads it (`ledgerAccountFields`). */
type LedgerAccountRow = Omit<AdminLedgerAccount, "archived_at" | "created_at" | "updated_at"> & {
  archived_at: Time | null
  created_at: Time
  updated_at: Time
}

/** A ledger account as the admin reads it. */
export function presentLedgerAccount(row: LedgerAccountRow): AdminLedgerAccount {
  return {
    ...row,
    archived_at: wireTime(row.archived_at),
    created_at: wireTime(row.created_at),
    updated_at: wireTime(row.updated_at),
  }
}

/** One ledger account as the admin sees it, after a change. */
export async function readLedgerAccount(scope: MedusaContainer, id: string): Promise<AdminLedgerAccount> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ledger_account", fields: ledgerAccountFields, filters: { id } })
  return presentLedgerAccount(data[0])
}

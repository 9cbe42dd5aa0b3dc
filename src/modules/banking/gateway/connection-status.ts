import { MedusaError } from "@medusajs/framework/utils"
import { type ConnectionStatus } from "../../../types/module/constants"

/** What the bank or Flinks last said of a connection still in use. */
const SAID_BY_THE_BANK = ["active", "mfa_required", "credentials_invalid", "institution_unavailable", "error"] as const

/**
 * Where a connection may go from each status, derived from what the plugin does:
 * - every sign-in, import, background check and reading of Flinks' nightly status records what the
 *   bank said, whatever the connection said before: any status the bank can say may follow any other,
 *   itself included (a second good import says "active" again, with a new time);
 * - "refreshing" (an import in progress, declared for it; nothing writes it today) ends in one of them;
 * - delete ends every status in "disconnected", which nothing leaves: only the undo of that delete
 *   puts the status back (see restoreStatus on the gateway, the one write this table does not check).
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<ConnectionStatus, readonly ConnectionStatus[]>> = {
  active: [...SAID_BY_THE_BANK, "refreshing", "disconnected"],
  mfa_required: [...SAID_BY_THE_BANK, "refreshing", "disconnected"],
  credentials_invalid: [...SAID_BY_THE_BANK, "refreshing", "disconnected"],
  institution_unavailable: [...SAID_BY_THE_BANK, "refreshing", "disconnected"],
  error: [...SAID_BY_THE_BANK, "refreshing", "disconnected"],
  refreshing: [...SAID_BY_THE_BANK, "disconnected"],
  disconnected: [],
}

export function canMoveConnection(from: ConnectionStatus, to: ConnectionStatus): boolean {
  return ALLOWED_TRANSITIONS[from]?.includes(to) ?? false
}

/** `to`, when a connection that is `from` may go there; else the refusal, in words a merchant reads. */
export function nextConnectionStatus(from: ConnectionStatus, to: ConnectionStatus): ConnectionStatus {
  if (!canMoveConnection(from, to)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      from === "disconnected"
        ? "This bank connection was deleted, so nothing about it can change any more."
        : `A bank connection that is "${from}" cannot become "${to}".`
    )
  }
  return to
}

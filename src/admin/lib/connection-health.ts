import type { AdminBankConnection, AdminConnectionHealth, AdminConnectionHealthState } from "../../types/http"

type BadgeColor = "green" | "blue" | "orange" | "red"

/** A connection's health in the merchant's words, and the colour of its badge. */
export const HEALTH_WORDS: Record<AdminConnectionHealthState, { label: string; color: BadgeColor }> = {
  active: { label: "Active", color: "green" },
  refreshing: { label: "Refreshing", color: "blue" },
  mfa_required: { label: "MFA required", color: "orange" },
  credentials_invalid: { label: "Credentials invalid", color: "red" },
  institution_unavailable: { label: "Bank unavailable", color: "orange" },
  error: { label: "Error", color: "red" },
}

/**
 * The health to show: the server's judgement (it makes a connection whose last import failed
 * "error", and one fixed by Edit Credentials "active"), never second-guessed here, so the badge
 * and what Edit Credentials says cannot disagree. Without one, the stored status stands in, and a
 * status this screen does not know shows as an error rather than as healthy.
 */
export function connectionHealth(
  connection: Pick<AdminBankConnection, "status" | "status_reason"> & { health?: AdminConnectionHealth | null }
): AdminConnectionHealth {
  if (connection.health && connection.health.state in HEALTH_WORDS) return connection.health
  const { status, status_reason } = connection
  if (status === "active") return { state: "active", reason: null }
  if (status in HEALTH_WORDS) return { state: status as AdminConnectionHealthState, reason: status_reason }
  return { state: "error", reason: status_reason ?? `Unknown status "${status}".` }
}

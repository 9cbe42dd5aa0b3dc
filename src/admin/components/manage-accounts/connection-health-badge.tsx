import { StatusBadge, Text } from "@medusajs/ui"
import { connectionHealth, HEALTH_WORDS } from "../../lib/connection-health"
import type { AdminBankConnection } from "../../../types/http"

/** "MFA required · Your bank asked a security question during the last import." */
export function ConnectionHealthBadge({ connection }: { connection: AdminBankConnection }) {
  const health = connectionHealth(connection)
  const words = HEALTH_WORDS[health.state]
  return (
    <div
      className="flex flex-wrap items-center gap-x-2 gap-y-1"
      data-testid="connection-health"
      data-state={health.state}
    >
      <StatusBadge color={words.color}>{words.label}</StatusBadge>
      {health.reason && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="connection-health-reason">
          {health.reason}
        </Text>
      )}
    </div>
  )
}

import { Badge, Text } from "@medusajs/ui"
import type { AdminBankingProvider } from "../../types/http"

export function ProviderStatus({ provider }: { provider: AdminBankingProvider }) {
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col">
        <Text size="small" weight="plus" leading="compact">
          {provider.name}
        </Text>
        {provider.unavailable_reason && (
          <Text size="small" className="text-ui-fg-subtle">
            {provider.unavailable_reason}
          </Text>
        )}
      </div>
      <Badge size="2xsmall" color={provider.configured ? "green" : "grey"}>
        {provider.configured ? "Configured" : "Not configured"}
      </Badge>
    </div>
  )
}

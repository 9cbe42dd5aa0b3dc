import { Alert, Badge, clx, Text } from "@medusajs/ui"
import { useBankingProviders } from "../../hooks/api/providers"
import type { AdminBankingProvider } from "../../../types/http"

const COUNTRY_TEXT: Record<AdminBankingProvider["country"], string> = {
  CA: "Banks and credit unions in Canada",
  US: "Banks and credit unions in the USA",
}

/** Step 1: Flinks Canada or Flinks USA; one that is not configured cannot be chosen, and says why. */
export function ProviderChoice({ onChoose }: { onChoose: (provider: AdminBankingProvider) => void }) {
  const providers = useBankingProviders()

  if (providers.isError) {
    return (
      <Alert variant="error" role="alert">
        Could not load the providers: {providers.error.message}
      </Alert>
    )
  }
  if (!providers.data) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Loading the providers…
      </Text>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Text size="small" className="text-ui-fg-subtle">
        Choose the country of the bank you want to connect.
      </Text>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {providers.data.providers.map((provider) => (
          <button
            key={provider.id}
            type="button"
            disabled={!provider.configured}
            onClick={() => onChoose(provider)}
            data-testid={`provider-${provider.id}`}
            className={clx(
              "flex flex-col gap-y-1 rounded-lg border border-ui-border-base p-4 text-left shadow-elevation-card-rest transition-fg",
              "focus-visible:shadow-borders-focus outline-none",
              provider.configured
                ? "hover:bg-ui-bg-base-hover hover:shadow-elevation-card-hover"
                : "cursor-not-allowed bg-ui-bg-disabled"
            )}
          >
            <div className="flex w-full items-center justify-between gap-x-2">
              <Text size="small" weight="plus" leading="compact">
                {provider.name}
              </Text>
              <Badge size="2xsmall" color={provider.configured ? "green" : "grey"}>
                {provider.configured ? "Available" : "Not configured"}
              </Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {COUNTRY_TEXT[provider.country]}
            </Text>
            {provider.unavailable_reason && (
              <Text size="small" className="text-ui-fg-muted">
                {provider.unavailable_reason}
              </Text>
            )}
          </button>
        ))}
      </div>
    </div>
  )
}

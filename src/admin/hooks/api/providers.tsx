import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { BankingProvider } from "./types"

export const bankingProviderKeys = {
  all: ["banking", "providers"] as const,
}

export function useBankingProviders() {
  return useQuery({
    queryKey: bankingProviderKeys.all,
    queryFn: () => sdk.client.fetch<{ providers: BankingProvider[] }>("/admin/banking/providers"),
  })
}

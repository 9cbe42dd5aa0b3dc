import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { AdminBankingProvidersResponse } from "../../../types/http"

export const bankingProviderKeys = {
  all: ["banking", "providers"] as const,
}

export function useBankingProviders() {
  return useQuery({
    queryKey: bankingProviderKeys.all,
    queryFn: () => sdk.client.fetch<AdminBankingProvidersResponse>("/admin/banking/providers"),
  })
}

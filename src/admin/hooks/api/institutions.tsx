import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { BankInstitution, BankingProvider } from "./types"

export const bankInstitutionKeys = {
  all: ["banking", "institutions"] as const,
  list: (provider: BankingProvider["id"], q: string) => [...bankInstitutionKeys.all, provider, q] as const,
}

/** The banks a provider reaches, filtered by the server on `q`. */
export function useBankInstitutions(provider: BankingProvider["id"], q: string) {
  return useQuery({
    queryKey: bankInstitutionKeys.list(provider, q),
    queryFn: () =>
      sdk.client.fetch<{ institutions: BankInstitution[] }>(`/admin/banking/providers/${provider}/institutions`, {
        query: q ? { q } : {},
      }),
    // Keeps the last list on screen while the next search loads, so the list does not flash empty.
    placeholderData: keepPreviousData,
  })
}

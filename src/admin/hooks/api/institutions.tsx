import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { AdminBankingProviderId, AdminBankInstitutionsResponse } from "../../../types/http"

export const bankInstitutionKeys = {
  all: ["banking", "institutions"] as const,
  list: (provider: AdminBankingProviderId, q: string) => [...bankInstitutionKeys.all, provider, q] as const,
}

/** The banks a provider reaches, filtered by the server on `q`. */
export function useBankInstitutions(provider: AdminBankingProviderId, q: string) {
  return useQuery({
    queryKey: bankInstitutionKeys.list(provider, q),
    queryFn: () =>
      sdk.client.fetch<AdminBankInstitutionsResponse>(`/admin/banking/providers/${provider}/institutions`, {
        query: q ? { q } : {},
      }),
    // Keeps the last list on screen while the next search loads, so the list does not flash empty.
    placeholderData: keepPreviousData,
  })
}

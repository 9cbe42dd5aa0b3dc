import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type { AdminBankingSettingsResponse, AdminUpdateBankingSettings } from "../../../types/http"

const BASE = "/admin/banking/settings"

export const bankingSettingsKeys = {
  all: ["banking", "settings"] as const,
}

export function useBankingSettings() {
  return useQuery({
    queryKey: bankingSettingsKeys.all,
    queryFn: () => sdk.client.fetch<AdminBankingSettingsResponse>(BASE),
  })
}

/**
 * Saves the MFA notification recipients as typed ("a@x.com, b@y.com"): the server splits and
 * checks them, and names any address it refuses.
 */
export function useUpdateBankingSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminUpdateBankingSettings) =>
      sdk.client.fetch<AdminBankingSettingsResponse>(BASE, { method: "POST", body }),
    onSuccess: (answer) => queryClient.setQueryData(bankingSettingsKeys.all, answer),
  })
}

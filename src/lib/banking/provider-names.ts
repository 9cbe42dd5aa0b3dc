import type { FlinksProviderId } from "../../types/module/constants"

export const PROVIDER_NAMES: Record<FlinksProviderId, { name: string; country: "CA" | "US" }> = {
  "flinks-ca": { name: "Flinks Canada", country: "CA" },
  "flinks-us": { name: "Flinks USA", country: "US" },
}

/**
 * "Flinks Capital (Flinks Canada)": a connection named with its provider, because the same bank
 * can be connected on both and would otherwise read alike.
 */
export function connectionName(institutionName: string, provider: string): string {
  const providerName = PROVIDER_NAMES[provider as FlinksProviderId]?.name
  return providerName ? `${institutionName} (${providerName})` : institutionName
}

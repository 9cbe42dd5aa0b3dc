import type { BankingProvider } from "../hooks/api/types"

export const PROVIDER_LABEL: Record<BankingProvider["id"], string> = {
  "flinks-ca": "Flinks Canada",
  "flinks-us": "Flinks USA",
}

/**
 * "Flinks Capital (Flinks Canada)": how every screen names a connection or its accounts' bank,
 * because the same bank connected on both providers would otherwise read alike.
 */
export function connectionName(connection: { institution_name: string; provider: string }): string {
  const provider = PROVIDER_LABEL[connection.provider as BankingProvider["id"]]
  return provider ? `${connection.institution_name} (${provider})` : connection.institution_name
}

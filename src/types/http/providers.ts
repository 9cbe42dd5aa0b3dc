import type { AdminBankingProviderId } from "./common"

/** The Flinks Services Privacy Statement the merchant agrees to; its version goes with the consent. */
export type AdminPrivacyStatement = {
  version: string
  url: string
  summary: readonly string[]
}

export type AdminBankingProvider = {
  id: AdminBankingProviderId
  name: string
  country: "CA" | "US"
  configured: boolean
  unavailable_reason: string | null
  privacy_statement: AdminPrivacyStatement
}

/** GET /admin/banking/providers */
export type AdminBankingProvidersResponse = { providers: AdminBankingProvider[] }

import type { AdminBankingProvider } from "./providers"

export type AdminBankInstitution = {
  id: string
  name: string
  country: AdminBankingProvider["country"]
}

/** GET /admin/banking/providers/:id/institutions: words of the bank's name. */
export type AdminBankInstitutionListParams = { q?: string }

/** GET /admin/banking/providers/:id/institutions: the banks of the provider's country, Flinks Capital first. */
export type AdminBankInstitutionsResponse = { institutions: AdminBankInstitution[] }

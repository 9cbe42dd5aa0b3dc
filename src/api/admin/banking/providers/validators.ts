import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { FLINKS_PROVIDERS, FlinksProviderId } from "../../../../types"
import type { AdminBankingProviderId, AdminBankInstitutionListParams } from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"

export const AdminListInstitutions = z.object({ q: z.string().max(100).optional() }).strict()
export type AdminListInstitutionsType = z.infer<typeof AdminListInstitutions>
type _ListProof = Proven<Validates<typeof AdminListInstitutions, AdminBankInstitutionListParams>>

/** The module's providers are the ones the contract names, both ways. */
type _ProviderProof = Proven<
  [FlinksProviderId, AdminBankingProviderId] extends [AdminBankingProviderId, FlinksProviderId] ? true : false
>

/** The provider in the path: one that is not ours names nothing, so it is a 404. */
export const ProviderParam = {
  parse(value: string): FlinksProviderId {
    if (!(FLINKS_PROVIDERS as readonly string[]).includes(value)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Unknown provider "${value.slice(0, 40)}": use one of ${FLINKS_PROVIDERS.join(", ")}.`
      )
    }
    return value as FlinksProviderId
  },
}

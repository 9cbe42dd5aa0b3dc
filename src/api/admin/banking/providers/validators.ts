import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { FLINKS_PROVIDERS, FlinksProviderId } from "../../../../modules/banking/options"

export const AdminListInstitutions = z.object({ q: z.string().max(100).optional() }).strict()
export type AdminListInstitutionsType = z.infer<typeof AdminListInstitutions>

export const ProviderParam = {
  parse(value: string): FlinksProviderId {
    if (!(FLINKS_PROVIDERS as readonly string[]).includes(value)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown provider "${value}": use one of ${FLINKS_PROVIDERS.join(", ")}.`
      )
    }
    return value as FlinksProviderId
  },
}

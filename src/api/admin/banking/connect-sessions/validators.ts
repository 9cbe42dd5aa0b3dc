import { z } from "@medusajs/framework/zod"
import { FLINKS_PROVIDERS } from "../../../../types"
import type {
  AdminCompleteConnectSession as CompleteBody,
  AdminStartConnectSession as StartBody,
} from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"

export const AdminStartConnectSession = z
  .object({
    provider: z.enum(FLINKS_PROVIDERS),
    consent: z
      .object({
        accepted: z.boolean({
          error: "consent.accepted is required: the merchant must agree to Flinks' Services Privacy Statement",
        }),
        version: z.string().min(1).max(100),
      })
      // Medusa makes only the outer object strict.
      .strict(),
    institution_id: z.string().max(100).optional(),
  })
  .strict()
export type AdminStartConnectSessionType = z.infer<typeof AdminStartConnectSession>
type _StartProof = Proven<Validates<typeof AdminStartConnectSession, StartBody>>

export const AdminCompleteConnectSession = z
  .object({
    state: z.string().min(20).max(200),
    login_id: z.string().min(1).max(200),
    institution: z.string().max(200).optional(),
    account_ids: z.array(z.string().max(200)).max(100).optional(),
    request_id: z.string().max(200).optional(),
  })
  .strict()
export type AdminCompleteConnectSessionType = z.infer<typeof AdminCompleteConnectSession>
type _CompleteProof = Proven<Validates<typeof AdminCompleteConnectSession, CompleteBody>>

import { z } from "@medusajs/framework/zod"

/**
 * What Flinks Connect appends to the redirect URL (our own `state` is preserved alongside).
 * Strict, as Medusa makes every query rule: anything else is refused before the state is looked at.
 */
export const FlinksRedirectQuery = z
  .object({
    state: z.string().min(20).max(200),
    loginId: z.string().min(1).max(200),
    institution: z.string().max(200).optional(),
    tag: z.string().max(200).optional(),
    accountId: z.string().max(4000).optional(),
  })
  .strict()
export type FlinksRedirectQueryType = z.infer<typeof FlinksRedirectQuery>

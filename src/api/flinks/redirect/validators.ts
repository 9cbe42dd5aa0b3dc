import { z } from "@medusajs/framework/zod"

/**
 * What Flinks Connect appends to the redirect URL (our own `state` is preserved alongside). Not
 * strict: a parameter Flinks adds one day must not turn a bank sign-in into an error.
 */
export const FlinksRedirectQuery = z.object({
  state: z.string().min(20).max(200),
  loginId: z.string().min(1).max(200),
  institution: z.string().max(200).optional(),
  tag: z.string().max(200).optional(),
  accountId: z.string().max(4000).optional(),
})

import { z } from "@medusajs/framework/zod"
import type { AdminStartResumeSession as StartBody } from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"

/** What an emailed resume link carries: URL-safe base64 (utils/secret-token.ts), with room to spare. */
const RESUME_TOKEN = /^[A-Za-z0-9_-]{20,200}$/

export const INVALID_RESUME_LINK =
  "This resume link is not valid. Open the latest link from the bank verification email, or start a new sign-in with Edit Credentials in Manage Added Accounts."

// One custom check rather than zod's length and type rules: Medusa rewrites those into field text
// ("Value for field 'token' too small ..."), and the Resume page shows this message as it is.
export const AdminStartResumeSession = z
  .object({
    token: z.custom<string>((value) => typeof value === "string" && RESUME_TOKEN.test(value), INVALID_RESUME_LINK),
  })
  .strict()
export type AdminStartResumeSessionType = z.infer<typeof AdminStartResumeSession>
type _StartProof = Proven<Validates<typeof AdminStartResumeSession, StartBody>>

import { z } from "@medusajs/framework/zod"

export const AdminStartResumeSession = z
  .object({ token: z.string().min(20, "The resume link is incomplete: copy the whole link from the email.").max(200) })
  .strict()
export type AdminStartResumeSessionType = z.infer<typeof AdminStartResumeSession>

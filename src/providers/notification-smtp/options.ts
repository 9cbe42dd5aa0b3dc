import { z } from "@medusajs/framework/zod"

/** The SMTP provider's options, as written in medusa-config under the Notification module. */
export const smtpOptionsSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(587),
  /** true for SMTPS (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean().default(false),
  auth: z.object({ user: z.string().min(1), pass: z.string().min(1) }).optional(),
  /** The sender, e.g. "Store banking <banking@example.com>". */
  from: z.string().min(3),
  /** The notification module's channels for this provider; "email" is the one the plugin uses. */
  channels: z.array(z.string()).optional(),
})
export type SmtpOptions = z.output<typeof smtpOptionsSchema>

export function parseSmtpOptions(raw: unknown): SmtpOptions {
  const parsed = smtpOptionsSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `- ${issue.path.join(".") || "(options)"}: ${issue.message}`)
      .join("\n")
    throw new Error(`medusa-plugin-flinks SMTP notification provider: invalid options:\n${problems}`)
  }
  return parsed.data
}

import { z } from "@medusajs/framework/zod"

const EMAIL = z.email()
const MAX_RECIPIENTS = 20

/**
 * Splits "a@x.com, b@y.com" (commas, semicolons or new lines) into addresses, trimmed, without
 * duplicates (case-insensitive), and says which pieces are not email addresses.
 */
export function parseRecipientList(input: string | string[]): { valid: string[]; invalid: string[] } {
  const pieces = (Array.isArray(input) ? input : input.split(/[,;\n]/)).map((piece) => piece.trim()).filter(Boolean)
  const valid: string[] = []
  const invalid: string[] = []
  const seen = new Set<string>()
  for (const piece of pieces) {
    if (!EMAIL.safeParse(piece).success) {
      invalid.push(piece)
      continue
    }
    const key = piece.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      valid.push(piece)
    }
  }
  if (valid.length > MAX_RECIPIENTS) {
    invalid.push(`more than ${MAX_RECIPIENTS} addresses`)
  }
  return { valid, invalid }
}

import { z } from "@medusajs/framework/zod"

/** The furthest a list pages: past any real chart or feed, and well inside PostgreSQL's bigint. */
export const MAX_OFFSET = 1_000_000_000

/**
 * A whole number written in plain digits. Query values are text, and a loose coercion reads
 * "1e2", "0x10", " 5", "" or "1e309" as numbers (or Infinity), and Medusa's own find params let
 * "-1" through to the database; a page is asked for in digits only, within bounds.
 */
function wholeNumber(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`
  return z.unknown().transform((value, ctx) => {
    const number = typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : NaN
    if (!(number >= min && number <= max)) {
      ctx.addIssue({ code: "custom", message })
      return z.NEVER
    }
    return number
  })
}

/** `limit` and `offset` of a list route, the default page size and the largest one it serves. */
export function pageParams({ limit, maxLimit }: { limit: number; maxLimit: number }) {
  return {
    limit: wholeNumber("limit", 1, maxLimit).default(limit),
    offset: wholeNumber("offset", 0, MAX_OFFSET).default(0),
  }
}

/**
 * An instant as the answer carries it. `res.json` would write a Date as its ISO text anyway; the
 * presenters write it themselves so that what they return is the http type the admin reads.
 */
export function wireTime(value: Date | string): string
export function wireTime(value: Date | string | null | undefined): string | null
export function wireTime(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value.toISOString() : value
}

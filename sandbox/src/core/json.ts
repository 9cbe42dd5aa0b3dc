import { formatCents, Money, type AmountFormat } from "./money"

/**
 * JSON.stringify cannot print a number from its exact decimal text (Node 20 has no JSON.rawJSON),
 * so bodies go through this small writer, which prints `Money` from integer cents.
 * Object keys keep their insertion order and `undefined` members are left out, as JSON.stringify does.
 */
export function toJson(value: unknown, format: AmountFormat): string {
  if (value === null || value === undefined) {
    return "null"
  }
  if (value instanceof Money) {
    return formatCents(value.cents, format)
  }
  switch (typeof value) {
    case "string":
      return JSON.stringify(value)
    case "number":
      return Number.isFinite(value) ? String(value) : "null"
    case "boolean":
      return value ? "true" : "false"
    case "object": {
      if (Array.isArray(value)) {
        return `[${value.map((item) => toJson(item, format)).join(",")}]`
      }
      const parts: string[] = []
      for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
        if (member !== undefined) {
          parts.push(`${JSON.stringify(key)}:${toJson(member, format)}`)
        }
      }
      return `{${parts.join(",")}}`
    }
    default:
      return "null"
  }
}

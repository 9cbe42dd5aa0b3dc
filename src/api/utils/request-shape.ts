import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The first text value holding a NUL character, by its path ("ids.2"), if any. */
function fieldWithNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "value" : null
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = fieldWithNul(inner, [...path, key])
      if (found) return found
    }
  }
  return null
}

// PostgreSQL refuses a NUL character in any text, even in a look-up, with an error that would
// answer 500: it is refused here, naming the field, before any query sees it.
function refuseNul(value: unknown) {
  const field = fieldWithNul(value)
  if (field) throw invalid(`${field} contains a NUL character (\\u0000), which no text can hold: remove it.`)
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list"
  if (typeof value === "string") return "plain text"
  return `a ${value === null ? "null" : typeof value}`
}

/**
 * Before the body's own rule: a body is a JSON object or nothing. Medusa's body check answers a
 * list with "Field '' is required"; text would reach the rule as a string, and a form (which any
 * other site can post) as fields.
 */
export function refuseUnreadableBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // An empty POST (Content-Length: 0, often with no type at all) is no body.
  const hasContent = req.get("transfer-encoding") !== undefined || Number(req.get("content-length") ?? 0) > 0
  if (hasContent && !req.is("application/json")) {
    throw invalid(
      `The request body must be a JSON object sent as application/json, not ${req.get("content-type") || "untyped data"}.`
    )
  }
  const body = req.body ?? {}
  if (Object.prototype.toString.call(body) !== "[object Object]") {
    throw invalid(`The request body must be a JSON object sent as application/json, not ${kindOf(body)}.`)
  }
  refuseNul(body)
  req.body = body
  next()
}

/**
 * Before the query's own rule. No route reads a dotted key, and Medusa answers one three levels
 * deep ("a.b.c") with a 500: any dotted key is an unknown field.
 */
export function refuseUnreadableQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const dotted = Object.keys(req.query).filter((key) => key.includes("."))
  if (dotted.length) throw invalid(`Unknown query fields: ${dotted.map((key) => `'${key}'`).join(", ")}.`)
  refuseNul(req.query)
  next()
}

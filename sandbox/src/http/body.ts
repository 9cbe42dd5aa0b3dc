import type { IncomingMessage } from "node:http"

export type Body = { kind: "json"; value: unknown } | { kind: "none" } | { kind: "malformed" }

const LIMIT = 1_000_000

export async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > LIMIT) {
      throw new Error("Request body too large")
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString("utf8")
}

/**
 * On Flinks paths a body counts as JSON only when sent as application/json: Flinks (ASP.NET)
 * binds nothing from any other content type, so the request then looks empty. The sandbox's own
 * routes are less fussy (`strictType` false).
 */
export async function readJsonBody(req: IncomingMessage, strictType = true): Promise<Body> {
  const text = await readText(req)
  const type = String(req.headers["content-type"] ?? "").toLowerCase()
  if ((strictType && !type.startsWith("application/json")) || text.trim() === "") {
    return { kind: "none" }
  }
  try {
    return { kind: "json", value: JSON.parse(text) }
  } catch {
    return { kind: "malformed" }
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

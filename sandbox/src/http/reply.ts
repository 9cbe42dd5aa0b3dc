import { Readable } from "node:stream"
import type { ServerResponse } from "node:http"
import { toJson } from "../core/json"
import type { AmountFormat } from "../core/money"

/** What a route answers; the server turns it into bytes in one place. */
export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; chunks: Iterable<string> }
  | { status: number; text: string; contentType: string; headers?: Record<string, string> }
  | { status: number; empty: true }

const JSON_TYPE = "application/json; charset=utf-8"

export const json = (status: number, body: unknown): Reply => ({ status, json: body })

export function bodyText(reply: Reply, format: AmountFormat): string {
  if ("json" in reply) {
    return toJson(reply.json, format)
  }
  if ("chunks" in reply) {
    return [...reply.chunks].join("")
  }
  if ("text" in reply) {
    return reply.text
  }
  return ""
}

/** A 200 whose JSON stops halfway, as when a proxy cuts a response short. */
export function truncated(reply: Reply, format: AmountFormat): Reply {
  const text = bodyText(reply, format) || "{}"
  return { status: 200, text: text.slice(0, Math.max(1, Math.floor(text.length / 2))), contentType: JSON_TYPE }
}

export function send(res: ServerResponse, reply: Reply, format: AmountFormat): void {
  res.statusCode = reply.status
  if ("empty" in reply) {
    res.setHeader("content-length", "0")
    res.end()
    return
  }
  if ("chunks" in reply) {
    res.setHeader("content-type", JSON_TYPE)
    // Large bodies (100,000 lines) go out piece by piece, with back-pressure. A failure halfway
    // can no longer change the status, so the connection is cut and the client sees a broken body.
    const stream = Readable.from(reply.chunks, { objectMode: false })
    stream.on("error", () => res.destroy())
    stream.pipe(res)
    return
  }
  const headers = "headers" in reply ? reply.headers : undefined
  for (const [name, value] of Object.entries(headers ?? {})) {
    res.setHeader(name, value)
  }
  const text = "json" in reply ? toJson(reply.json, format) : reply.text
  res.setHeader("content-type", "json" in reply ? JSON_TYPE : reply.contentType)
  res.setHeader("content-length", Buffer.byteLength(text))
  res.end(text)
}

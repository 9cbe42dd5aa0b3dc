import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const HIDDEN = "[redacted]"

/** `/flinks/redirect?[redacted]`: the path as it came, its query gone (every value may be a secret). */
export function withoutQuery(url: string): string {
  const at = url.indexOf("?")
  return at < 0 ? url : `${url.slice(0, at)}?${HIDDEN}`
}

/** A Referer reduced to its origin, what a browser sends across origins by default anyway. */
export function originOnly(referer: string): string | undefined {
  try {
    const { origin } = new URL(referer)
    return origin === "null" ? undefined : origin
  } catch {
    return undefined
  }
}

/**
 * Keeps this request's query out of Medusa's access log. That log (morgan, registered by
 * @medusajs/framework's express loader before any route) prints `req.originalUrl` and the Referer
 * header once the response is sent, in production and in development alike. Express has already
 * routed on `req.url` and parsed `req.query` by the time this runs, so rewriting `originalUrl` here
 * changes what the log prints and nothing else. The Referer goes too: the page that sent the
 * browser here (Flinks Connect) carries our state in its own address.
 */
export function hideQueryFromAccessLog(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.originalUrl = withoutQuery(req.originalUrl ?? req.url)
  for (const header of ["referer", "referrer"]) {
    const value = req.headers[header]
    if (typeof value !== "string") continue
    const origin = originOnly(value)
    if (origin) req.headers[header] = origin
    else delete req.headers[header]
  }
  next()
}

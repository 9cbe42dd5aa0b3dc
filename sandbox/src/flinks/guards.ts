import { isObject } from "../http/body"
import type { Reply } from "../http/reply"
import type { Session } from "../state/sessions"
import { failure } from "./codes"
import { header, type FlinksContext } from "./context"

/** Data endpoints answer only with the instance's x-api-key. */
export function apiKeyRefusal(ctx: FlinksContext): Reply | null {
  return header(ctx, "x-api-key") === ctx.instance.apiKey
    ? null
    : failure("UNAUTHORIZED", ctx.state.variants, "The x-api-key header is missing or invalid")
}

export function bodyObject(ctx: FlinksContext): { value: Record<string, unknown> } | { reply: Reply } {
  if (ctx.body.kind === "json" && isObject(ctx.body.value)) {
    return { value: ctx.body.value }
  }
  return { reply: failure("INVALID_REQUEST", ctx.state.variants, "The request body must be a JSON object") }
}

/** The RequestId is the session credential of every data endpoint. */
export function authorizedSession(ctx: FlinksContext, requestId: unknown): { session: Session } | { reply: Reply } {
  const variants = ctx.state.variants
  if (typeof requestId !== "string" || requestId === "") {
    return { reply: failure("INVALID_REQUEST", variants, "RequestId is required") }
  }
  const session = ctx.state.sessions.find(ctx.instance, requestId)
  if (!session) {
    return { reply: failure("SESSION_NONEXISTENT", variants) }
  }
  if (session.stage !== "authorized") {
    return { reply: failure("UNAUTHORIZED", variants, "The authorization of this RequestId is not completed") }
  }
  ctx.state.sessions.touch(session)
  return { session }
}

export function accountsFilter(ctx: FlinksContext, value: unknown): { filter: string[] | null } | { reply: Reply } {
  if (value === undefined || value === null) {
    return { filter: null }
  }
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string")) {
    return { reply: failure("INVALID_REQUEST", ctx.state.variants, "AccountsFilter must be an array of account Ids") }
  }
  return { filter: value.length > 0 ? (value as string[]) : null }
}

export function optionalBoolean(value: unknown, fallback: boolean): boolean | null {
  if (value === undefined || value === null) {
    return fallback
  }
  return typeof value === "boolean" ? value : null
}

export type DataRequest = { body: Record<string, unknown>; session: Session; filter: string[] | null }

/**
 * The checks every account-data endpoint makes, in Flinks' order: x-api-key, a JSON body, a live
 * RequestId, a well-formed AccountsFilter.
 */
export function dataRequest(ctx: FlinksContext): DataRequest | { reply: Reply } {
  const refusal = apiKeyRefusal(ctx)
  if (refusal) {
    return { reply: refusal }
  }
  const body = bodyObject(ctx)
  if ("reply" in body) {
    return body
  }
  const auth = authorizedSession(ctx, body.value.RequestId)
  if ("reply" in auth) {
    return auth
  }
  const filter = accountsFilter(ctx, body.value.AccountsFilter)
  if ("reply" in filter) {
    return filter
  }
  return { body: body.value, session: auth.session, filter: filter.filter }
}

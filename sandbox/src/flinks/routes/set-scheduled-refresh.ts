import { isObject } from "../../http/body"
import { json, type Reply } from "../../http/reply"
import { failure, notFound } from "../codes"
import type { FlinksContext } from "../context"
import { apiKeyRefusal } from "../guards"

/** Query values bind as booleans only when written exactly "true" or "false". */
function queryValue(query: URLSearchParams, name: string, asBoolean: boolean): unknown {
  const text = query.get(name)
  if (text === null) {
    return undefined
  }
  if (!asBoolean) {
    return text
  }
  return text === "true" ? true : text === "false" ? false : text
}

/**
 * PATCH /SetScheduledRefresh, header x-api-key: turns scheduled (nightly) refresh on or off for a
 * login. Flinks documents the fields, not where they go: a JSON body and a third-party client's
 * query parameters are both read, the body winning. The success body is the sandbox's guess.
 */
export function setScheduledRefresh(ctx: FlinksContext): Reply {
  const { state } = ctx
  if (state.variants.nightlyRefresh === "absent") {
    return notFound()
  }
  const refusal = apiKeyRefusal(ctx)
  if (refusal) {
    return refusal
  }
  if (ctx.body.kind === "malformed" || (ctx.body.kind === "json" && !isObject(ctx.body.value))) {
    return failure("INVALID_REQUEST", state.variants, "The request body must be a JSON object")
  }
  const body = ctx.body.kind === "json" ? (ctx.body.value as Record<string, unknown>) : {}
  const loginId = body.LoginId !== undefined ? body.LoginId : queryValue(ctx.query, "LoginId", false)
  const activated = body.IsActivated !== undefined ? body.IsActivated : queryValue(ctx.query, "IsActivated", true)
  if (typeof loginId !== "string" || loginId === "") {
    return failure("INVALID_REQUEST", state.variants, "LoginId is required")
  }
  if (typeof activated !== "boolean") {
    return failure("INVALID_REQUEST", state.variants, "IsActivated must be a boolean")
  }
  const login = state.logins.find(ctx.instance, loginId)
  if (!login) {
    return failure("INVALID_LOGIN", state.variants)
  }
  login.scheduledRefresh = activated
  return json(200, { HttpStatusCode: 200, LoginId: login.id, IsActivated: activated })
}

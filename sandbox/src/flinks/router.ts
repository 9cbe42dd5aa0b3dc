import type { IncomingMessage, ServerResponse } from "node:http"
import { instanceByCustomerId } from "../credentials"
import type { FlinksEndpoint } from "../core/faults"
import { readJsonBody, type Body } from "../http/body"
import { json, send, truncated, type Reply } from "../http/reply"
import type { SandboxState } from "../state"
import { failure, notFound } from "./codes"
import type { FlinksHandler } from "./context"
import { getAccountsDetail, getAccountsDetailAsync } from "./routes/accounts-detail"
import { getAccountsSummary } from "./routes/accounts-summary"
import { authorize } from "./routes/authorize"
import { deleteCard } from "./routes/delete-card"
import { generateAuthorizeToken } from "./routes/generate-authorize-token"
import { getNightlyRefreshStatus } from "./routes/nightly-refresh-status"
import { setScheduledRefresh } from "./routes/set-scheduled-refresh"
import { getStatements } from "./routes/statements"

interface Route {
  method: "GET" | "POST" | "DELETE" | "PATCH"
  /** Whether the endpoint takes one more path segment (a RequestId or a LoginId). */
  param: boolean
  handler: FlinksHandler
}

const ROUTES: Record<FlinksEndpoint, Route> = {
  GenerateAuthorizeToken: { method: "POST", param: false, handler: generateAuthorizeToken },
  Authorize: { method: "POST", param: false, handler: authorize },
  GetAccountsSummary: { method: "POST", param: false, handler: getAccountsSummary },
  GetAccountsDetail: { method: "POST", param: false, handler: getAccountsDetail },
  GetAccountsDetailAsync: { method: "GET", param: true, handler: getAccountsDetailAsync },
  GetStatements: { method: "POST", param: false, handler: getStatements },
  DeleteCard: { method: "DELETE", param: true, handler: deleteCard },
  SetScheduledRefresh: { method: "PATCH", param: false, handler: setScheduledRefresh },
  GetNightlyRefreshStatus: { method: "GET", param: false, handler: getNightlyRefreshStatus },
}

// Paths are matched case-sensitively: Flinks documents PascalCase and the sandbox accepts nothing else.
const PATH = /^\/v3\/([^/]+)\/BankingServices\/([A-Za-z]+)(?:\/([^/]+))?\/?$/

/** /v3/{customerId}/BankingServices/{Endpoint}[/{param}] */
export async function handleFlinks(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): Promise<void> {
  const pathname = url.pathname
  const body: Body = await readJsonBody(req)
  const match = PATH.exec(pathname)
  const endpoint = match?.[2] as FlinksEndpoint | undefined
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the plugin and its tests compile for ES2021
  const route = endpoint && Object.prototype.hasOwnProperty.call(ROUTES, endpoint) ? ROUTES[endpoint] : undefined
  if (!match || !endpoint || !route || route.param !== (match[3] !== undefined)) {
    send(res, notFound(), state.variants.amountFormat)
    return
  }
  if (req.method !== route.method) {
    const message = `The requested resource does not support http method '${req.method}'.`
    send(res, json(405, { HttpStatusCode: 405, Message: message }), state.variants.amountFormat)
    return
  }

  const fault = state.faults.take(endpoint)
  if (fault?.kind === "drop") {
    req.socket.destroy()
    return
  }
  if (fault?.kind === "slow") {
    await state.sleep(fault.delayMs)
  }
  const reply = ((): Reply => {
    switch (fault?.kind) {
      case "aggregation_error":
        return failure("AGGREGATION_ERROR", state.variants)
      case "retry_later":
        return failure("RETRY_LATER", state.variants)
      case "too_many_requests":
        return failure("TOO_MANY_REQUESTS", state.variants)
    }
    const instance = instanceByCustomerId(decodeURIComponent(match[1]))
    if (!instance) {
      return failure("UNAUTHORIZED", state.variants, "Unknown customerId")
    }
    const param = match[3] === undefined ? undefined : decodeURIComponent(match[3])
    return route.handler({
      state,
      instance,
      headers: req.headers,
      body,
      query: url.searchParams,
      param,
      endless: fault?.kind === "endless_202",
    })
  })()
  // The call ran (a DeleteCard really deleted), then the connection broke before the answer.
  if (fault?.kind === "drop_after") {
    req.socket.destroy()
    return
  }
  if (res.destroyed) {
    return
  }
  send(
    res,
    fault?.kind === "broken_json" ? truncated(reply, state.variants.amountFormat) : reply,
    state.variants.amountFormat
  )
}

import type { IncomingMessage, ServerResponse } from "node:http"
import { isObject, readJsonBody } from "../http/body"
import { json, send } from "../http/reply"
import type { SandboxState } from "../state"
import { bad, missing, type ControlHandler } from "./handler"
import {
  addTransactions,
  changePassword,
  createLogin,
  refreshLogin,
  rekeyTransaction,
  requireMfa,
  setHistory,
} from "./login-knobs"
import { runNightly } from "./nightly-knobs"
import {
  addFault,
  clearFaults,
  institutions,
  listFaults,
  moveClock,
  reset,
  rewind,
  setVariants,
  showClock,
  showState,
  showVariants,
} from "./sandbox-knobs"

interface ControlRoute {
  method: string
  path: RegExp
  handler: ControlHandler
}

const ID = "([^/]+)"
const ROUTES: ControlRoute[] = [
  { method: "POST", path: /^\/__sandbox\/reset$/, handler: reset },
  { method: "GET", path: /^\/__sandbox\/state$/, handler: showState },
  { method: "GET", path: /^\/__sandbox\/clock$/, handler: showClock },
  { method: "POST", path: /^\/__sandbox\/clock$/, handler: moveClock },
  { method: "POST", path: /^\/__sandbox\/rewind$/, handler: rewind },
  { method: "GET", path: /^\/__sandbox\/faults$/, handler: listFaults },
  { method: "POST", path: /^\/__sandbox\/faults$/, handler: addFault },
  { method: "DELETE", path: /^\/__sandbox\/faults$/, handler: clearFaults },
  { method: "GET", path: /^\/__sandbox\/variants$/, handler: showVariants },
  { method: "POST", path: /^\/__sandbox\/variants$/, handler: setVariants },
  { method: "GET", path: /^\/__sandbox\/institutions$/, handler: institutions },
  { method: "POST", path: /^\/__sandbox\/nightly-refresh$/, handler: runNightly },
  { method: "POST", path: /^\/__sandbox\/logins$/, handler: createLogin },
  { method: "POST", path: new RegExp(`^/__sandbox/logins/${ID}/require-mfa$`), handler: requireMfa },
  { method: "POST", path: new RegExp(`^/__sandbox/logins/${ID}/refresh$`), handler: refreshLogin },
  { method: "POST", path: new RegExp(`^/__sandbox/logins/${ID}/change-password$`), handler: changePassword },
  {
    method: "POST",
    path: new RegExp(`^/__sandbox/logins/${ID}/accounts/${ID}/transactions$`),
    handler: addTransactions,
  },
  { method: "POST", path: new RegExp(`^/__sandbox/logins/${ID}/accounts/${ID}/history$`), handler: setHistory },
  { method: "POST", path: new RegExp(`^/__sandbox/transactions/${ID}/rekey$`), handler: rekeyTransaction },
]

/** The test knobs, outside Flinks' paths. JSON in and out; errors are `{error}`. */
export async function handleControl(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): Promise<void> {
  const body = await readJsonBody(req, false)
  const format = state.variants.amountFormat
  if (body.kind === "malformed" || (body.kind === "json" && !isObject(body.value))) {
    send(res, bad("The body must be a JSON object"), format)
    return
  }
  const matching = ROUTES.filter((route) => route.path.test(url.pathname))
  const route = matching.find((candidate) => candidate.method === req.method)
  if (!route) {
    send(
      res,
      matching.length
        ? json(405, { error: `Use ${matching.map((r) => r.method).join(" or ")}` })
        : missing("No such control route"),
      format
    )
    return
  }
  const params = (route.path.exec(url.pathname) ?? []).slice(1).map(decodeURIComponent)
  const value = body.kind === "json" ? (body.value as Record<string, unknown>) : {}
  send(res, route.handler(state, value, params, url.searchParams), format)
}

import { createServer, type Server } from "node:http"
import { SANDBOX_INSTANCES } from "./credentials"
import { handleConnect, isConnectPath } from "./connect/router"
import { handleControl } from "./control/router"
import { handleFlinks } from "./flinks/router"
import { json, send } from "./http/reply"
import type { SandboxState } from "./state"

/** One host for everything: Flinks' API (/v3/...), the Connect page (/v2/, /us/v2/) and the knobs (/__sandbox/...). */
export function createSandboxServer(state: SandboxState): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid")
    const format = state.variants.amountFormat
    const work = url.pathname.startsWith("/v3/")
      ? handleFlinks(state, req, res, url)
      : url.pathname.startsWith("/__sandbox/")
        ? handleControl(state, req, res, url)
        : isConnectPath(url.pathname)
          ? handleConnect(state, req, res, url)
          : Promise.resolve(
              send(
                res,
                json(url.pathname === "/" ? 200 : 404, {
                  name: "Flinks sandbox",
                  api: "/v3/{customerId}/BankingServices/{Endpoint}",
                  connect: SANDBOX_INSTANCES.map((instance) => ({
                    country: instance.country,
                    path: instance.connectPath,
                  })),
                  control: "/__sandbox/state",
                }),
                format
              )
            )
    work.catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        send(res, json(500, { HttpStatusCode: 500, Message: `Sandbox failure: ${String(error)}` }), format)
      } else {
        res.destroy()
      }
    })
  })
}

import type { AddressInfo } from "node:net"
import { createSandboxServer } from "./server"
import { SandboxState } from "./state"

export * from "./credentials"
export { SandboxState } from "./state"
export { DEFAULT_VARIANTS, type Variants } from "./core/variants"
export { FAULT_ENDPOINTS, FAULT_KINDS, type FaultKind, type FlinksEndpoint } from "./core/faults"
export { FLINKS_CAPITAL_CODE, FLINKS_CAPITAL_ID } from "./bank/institutions"
export { FLINKS_CAPITAL_PASSWORD, TEST_USERS } from "./bank/test-users"

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  seed?: number
}

export interface RunningSandbox {
  /** e.g. "http://127.0.0.1:54321", no trailing slash: the `baseUrl` of both instances. */
  url: string
  port: number
  /** The live state, for in-process tests that want to look inside. */
  state: SandboxState
  close(): Promise<void>
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1"
  const state = new SandboxState(options.seed ?? 1)
  const server = createSandboxServer(state)
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(":") ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.wakeAll()
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections()
      }),
  }
}

import type { IncomingHttpHeaders } from "node:http"
import type { SandboxInstance } from "../credentials"
import type { Body } from "../http/body"
import type { Reply } from "../http/reply"
import type { SandboxState } from "../state"

export interface FlinksContext {
  state: SandboxState
  instance: SandboxInstance
  headers: IncomingHttpHeaders
  body: Body
  /** The query string: only SetScheduledRefresh reads it (a client sends its fields as params). */
  query: URLSearchParams
  /** The path segment after the endpoint name (a RequestId or a LoginId). */
  param: string | undefined
  /** An endless_202 fault is armed for this call. */
  endless: boolean
}

export type FlinksHandler = (ctx: FlinksContext) => Reply

export function header(ctx: FlinksContext, name: string): string | undefined {
  const value = ctx.headers[name]
  return Array.isArray(value) ? value[0] : value
}

import type { Reply } from "../http/reply"
import { json } from "../http/reply"
import type { SandboxState } from "../state"

export type Params = string[]
export type ControlHandler = (
  state: SandboxState,
  body: Record<string, unknown>,
  params: Params,
  query: URLSearchParams
) => Reply

export const bad = (message: string) => json(400, { error: message })
export const missing = (message: string) => json(404, { error: message })

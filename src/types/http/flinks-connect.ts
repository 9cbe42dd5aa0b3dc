import type { AdminDateTime } from "./common"

/** One Connect flow opened by the server: the widget address and the state that ties it to us. */
export type AdminConnectSession = {
  id: string
  state: string
  expires_at: AdminDateTime
  connect_url: string
  /** The only origin whose postMessage events the screen listens to. */
  connect_origin: string
}

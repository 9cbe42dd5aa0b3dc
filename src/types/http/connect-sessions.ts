import type { AdminBankingProviderId, AdminDateTime } from "./common"
import type { AdminBankConnection } from "./connections"

/** One Connect flow opened by the server: the widget address and the state that ties it to us. */
export type AdminConnectSession = {
  id: string
  state: string
  expires_at: AdminDateTime
  connect_url: string
  /** The only origin whose postMessage events the screen listens to. */
  connect_origin: string
}

/** POST /admin/banking/connect-sessions: the consent travels with it and the server records it. */
export type AdminStartConnectSession = {
  provider: AdminBankingProviderId
  consent: { accepted: boolean; version: string }
  institution_id?: string
}

/** POST /admin/banking/connect-sessions/complete: the widget's REDIRECT, relayed by the screen. */
export type AdminCompleteConnectSession = {
  state: string
  login_id: string
  institution?: string
  account_ids?: string[]
  request_id?: string
}

/** POST /admin/banking/connect-sessions */
export type AdminConnectSessionResponse = { connect_session: AdminConnectSession }

/** POST /admin/banking/connect-sessions/complete */
export type AdminCompleteConnectSessionResponse = {
  connection: AdminBankConnection
  /** False when this bank login was already connected: its accounts were refreshed instead. */
  created: boolean
}

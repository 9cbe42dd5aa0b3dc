import type { AdminBankingProviderId } from "./common"
import type { AdminBankConnection } from "./connections"
import type { AdminConnectSession } from "./flinks-connect"

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

import { institutionPreselection } from "../../../lib/flinks"
import { FLINKS_PRIVACY_STATEMENT } from "../../../modules/banking"
import { StoredLoginOutcome } from "./authorize-stored-login"
import { CreateConnectSessionInput } from "../steps/create-connect-session"
import { LoadedBankConnection } from "../steps/load-bank-connection"

/**
 * The Connect session that follows a live sign-in with the stored login: at the bank's question
 * (with its RequestId) or at the bank's sign-in, the connection's own bank preselected. Used by
 * Edit Credentials, Resume and Refresh. The merchant agreed to the privacy statement when
 * connecting: that consent stands for signing in again to the same login, unless the statement
 * changed since, when the widget asks with its own consent screen.
 */
export function liveSignInSessionInput(input: {
  purpose: "reconnect" | "resume" | "refresh"
  connection: LoadedBankConnection
  bank: StoredLoginOutcome
  actor_id: string
  redirect_url: string
}): CreateConnectSessionInput {
  const { connection, bank } = input
  return {
    purpose: input.purpose,
    provider: connection.provider,
    actor_id: input.actor_id,
    connection_id: connection.id,
    request_id: bank.outcome === "mfa" ? (bank.request_id ?? undefined) : undefined,
    connection_consent_current: connection.consent_version === FLINKS_PRIVACY_STATEMENT.version,
    institution: institutionPreselection({ id: connection.institution_id, name: connection.institution_name }),
    redirect_url: input.redirect_url,
  }
}

/** What the admin screen gets back: the connection is fine, or the Connect session to finish in. */
export function liveSignInResult<Session>(
  connectionId: string,
  bank: StoredLoginOutcome,
  session: Session | undefined
) {
  return bank.outcome === "active" || !session
    ? { outcome: "active" as const, connection_id: connectionId }
    : {
        outcome: "connect" as const,
        connection_id: connectionId,
        step: bank.outcome === "mfa" && bank.request_id ? ("mfa" as const) : ("sign_in" as const),
        connect_session: session,
      }
}

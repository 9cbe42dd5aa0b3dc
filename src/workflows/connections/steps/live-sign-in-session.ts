import { FLINKS_CAPITAL_ID } from "../../../lib/flinks"
import { StoredLoginOutcome } from "./authorize-stored-login"
import { CreateConnectSessionInput } from "./create-connect-session"
import { LoadedBankConnection } from "./load-bank-connection"

/**
 * The Connect session that follows a live sign-in with the stored login: at the bank's question
 * (with its RequestId) or at the bank's sign-in. Used by Edit Credentials and by Resume.
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
    // Flinks Connect lists its test bank only in demo mode.
    institution_id:
      connection.institution_id === FLINKS_CAPITAL_ID || connection.institution_name === "Flinks Capital"
        ? FLINKS_CAPITAL_ID
        : undefined,
    redirect_url: input.redirect_url,
  }
}

/** What the admin screen gets back: the connection is fine, or the Connect session to finish in. */
export function liveSignInResult<Session>(connectionId: string, bank: StoredLoginOutcome, session: Session | undefined) {
  return bank.outcome === "active" || !session
    ? { outcome: "active" as const, connection_id: connectionId }
    : {
        outcome: "connect" as const,
        connection_id: connectionId,
        step: bank.outcome === "mfa" && bank.request_id ? ("mfa" as const) : ("sign_in" as const),
        connect_session: session,
      }
}

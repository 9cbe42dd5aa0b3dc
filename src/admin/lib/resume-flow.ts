import { ReconnectStep } from "./reconnect-step"
import type {
  AdminBankConnection,
  AdminConnectSession,
  AdminReconnectBankConnectionResponse,
  AdminResumeSessionResponse,
} from "../../types/http"

/** Where the merchant is on the Resume page, from the emailed link to a healthy connection. */
export type ResumeFlow =
  /** The page was opened without a link's token. */
  | { step: "no-link" }
  /** The token is on its way to the server. */
  | { step: "opening" }
  /** The server refused the link (used, expired, replaced...) or a new attempt failed. */
  | { step: "refused"; message: string }
  | { step: "connect"; reconnect: ReconnectStep; session: AdminConnectSession; connection: AdminBankConnection }
  /** "Try again" after the widget's session ended: a new one is asked for, as Edit Credentials does. */
  | { step: "restarting"; connection: AdminBankConnection }
  /** `answered`: through Flinks Connect; otherwise the bank took the saved sign-in at once. */
  | { step: "active"; connection: AdminBankConnection; answered: boolean }

/**
 * The next step after the server answered the link (or "Try again", which asks as Edit Credentials
 * does). `connection` is the one the link is for, with its feeds, as the resume answer gave it.
 */
export function flowAfter(
  answer: AdminResumeSessionResponse | AdminReconnectBankConnectionResponse,
  connection: AdminBankConnection
): ResumeFlow {
  if (answer.outcome === "active") return { step: "active", connection, answered: false }
  return { step: "connect", reconnect: answer.step, session: answer.connect_session, connection }
}

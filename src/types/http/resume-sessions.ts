import type { AdminConnectSession } from "./flinks-connect"
import type { AdminBankConnection } from "./connections"

/** POST /admin/banking/resume-sessions: the token of the emailed resume link (it works once). */
export type AdminStartResumeSession = { token: string }

/** The emailed resume link, opened: the bank took the saved sign-in, or Flinks Connect must be shown. */
export type AdminResumeSessionResponse =
  | { outcome: "active"; connection: AdminBankConnection }
  | {
      outcome: "connect"
      step: "mfa" | "sign_in"
      connect_session: AdminConnectSession
      connection: AdminBankConnection
    }

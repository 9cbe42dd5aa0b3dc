import type { AdminReconnectBankConnectionResponse } from "../../types/http"

/** Where Flinks Connect opens for an existing connection: at the bank's question, or at its sign-in. */
export type ReconnectStep = Extract<AdminReconnectBankConnectionResponse, { outcome: "connect" }>["step"]

/** What the merchant is to do in the widget, for Edit Credentials and the resume link alike. */
export function reconnectIntro(step: ReconnectStep, institution: string): string {
  return step === "mfa"
    ? "Your bank is asking for a verification. Answer its question below."
    : `Sign in to ${institution} again with your current username and password. They go to Flinks and your bank only; this store never sees them.`
}

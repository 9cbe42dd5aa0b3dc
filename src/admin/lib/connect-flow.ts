import {
  BankInstitution,
  BankingProvider,
  CompleteConnectSessionResponse,
  ConnectSession,
} from "../hooks/api/types"

/**
 * Where the merchant is in Connect Bank Accounts. Each step carries what the earlier ones decided,
 * so a step cannot be shown without them (no consent, no bank list).
 */
export type ConnectFlow =
  | { step: "provider" }
  | { step: "consent"; provider: BankingProvider }
  | { step: "bank"; provider: BankingProvider; consentVersion: string }
  | {
      step: "sign-in"
      provider: BankingProvider
      consentVersion: string
      institution: BankInstitution
      session: ConnectSession
    }
  | { step: "done"; result: CompleteConnectSessionResponse }

export const CONNECT_STEPS: { step: ConnectFlow["step"]; label: string }[] = [
  { step: "provider", label: "Provider" },
  { step: "consent", label: "Consent" },
  { step: "bank", label: "Bank" },
  { step: "sign-in", label: "Sign in" },
  { step: "done", label: "Done" },
]

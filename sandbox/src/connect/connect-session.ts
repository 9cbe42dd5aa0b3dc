import type { SandboxInstance } from "../credentials"
import type { Language } from "../bank/mfa"

/** The query options of the Connect URL that the sandbox honours, with Flinks' documented defaults. */
export interface ConnectOptions {
  language: Language
  demo: boolean
  consentEnable: boolean
  institutionFilterEnable: boolean
  accountSelectorEnable: boolean
  accountSelectorMultiple: boolean
  closeEnable: boolean
  backEnable: boolean
  jsRedirect: boolean
  innerRedirect: boolean
  stringify: boolean
  redirectUrl: string | null
  tag: string | null
  customerName: string | null
  /** Turns on scheduled (nightly) refresh for the login the page signs in. */
  scheduleRefresh: boolean
  /** Enhanced MFA: collect the answers to the bank's other security questions (Canada only). */
  enhancedMFA: boolean
  /** Offer a way past the Enhanced MFA step. */
  skipEnhancedMFA: boolean
  /**
   * The institution to open at, skipping the list: Flinks documents preselection "by
   * InstitutionId" without naming the parameter, so `institution` (the key) and `institutionId`
   * (the number) are both read.
   */
  preselectCode: string | null
  preselectId: number | null
}

function flag(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name)
  return value === "true" ? true : value === "false" ? false : fallback
}

export function parseConnectOptions(query: URLSearchParams): ConnectOptions {
  return {
    language: query.get("language") === "fr" ? "fr" : "en",
    demo: flag(query, "demo", false),
    consentEnable: flag(query, "consentEnable", true),
    institutionFilterEnable: flag(query, "institutionFilterEnable", false),
    accountSelectorEnable: flag(query, "accountSelectorEnable", false),
    accountSelectorMultiple: flag(query, "accountSelectorMultiple", false),
    closeEnable: flag(query, "closeEnable", false),
    backEnable: flag(query, "backEnable", true),
    jsRedirect: flag(query, "jsRedirect", false),
    innerRedirect: flag(query, "innerRedirect", false),
    stringify: flag(query, "stringify", false),
    redirectUrl: query.get("redirectUrl"),
    tag: query.get("tag"),
    customerName: query.get("customerName"),
    scheduleRefresh: flag(query, "scheduleRefresh", false),
    enhancedMFA: flag(query, "enhancedMFA", false),
    skipEnhancedMFA: flag(query, "skipEnhancedMFA", false),
    preselectCode: query.get("institution"),
    preselectId: /^\d+$/.test(query.get("institutionId") ?? "") ? Number(query.get("institutionId")) : null,
  }
}

/** One loaded Connect page: what the user did so far, kept on the server like Flinks does. */
export interface ConnectSession {
  id: string
  instance: SandboxInstance
  options: ConnectOptions
  /** The authorizeToken of the URL; spent by the first Authorize the page makes. */
  token: string | null
  tokenSpent: boolean
  institution: string | null
  requestId: string | null
  loginId: string | null
  wrongPasswords: number
  wrongAnswers: number
  /** Keys of the bank's questions answered right on this page: Enhanced MFA asks the others. */
  answeredKeys: string[]
  /** The Enhanced MFA step is showing: account selection waits for it. */
  enhancedMfaPending: boolean
  finished: boolean
}

/** What the page's script shows next, answered by every page action. */
export type StepResult =
  | { step: "consent" }
  | { step: "institutions"; message?: string }
  /** The sign-in of the preselected institution. */
  | { step: "credentials" }
  | { step: "mfa"; prompt: string; choices?: string[]; events?: string[]; message?: string }
  | { step: "enhancedMfa"; questions: Array<{ key: string; prompt: string }>; skippable: boolean; message?: string }
  | { step: "accounts"; accounts: AccountChoice[] }
  | {
      step: "done"
      url: string | null
      loginId: string
      requestId: string
      institution: string
      accountId: string | null
    }
  | { step: "error"; events: string[]; message: string; next: "credentials" | "institutions" | "end" }

export interface AccountChoice {
  id: string
  title: string
  number: string
  balance: string
}

export const MAX_TRIES = 3

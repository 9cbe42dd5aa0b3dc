import type {
  AdminBankInstitution,
  AdminBankingProvider,
  AdminCompleteConnectSessionResponse,
  AdminConnectSession,
} from "../../types/http"

/**
 * Where the merchant is in Connect Bank Accounts. The step lives in the address (`?step=`), so the
 * browser's Back and Forward walk the steps; what the steps decided lives in the page, since a
 * Connect session cannot be put in an address.
 */
export type ConnectStep = "provider" | "consent" | "bank" | "sign-in" | "done"

/** What the steps decided so far. A step is shown only with what the earlier ones decided. */
export type ConnectChoices = {
  provider?: AdminBankingProvider
  consentVersion?: string
  signIn?: { institution: AdminBankInstitution; session: AdminConnectSession }
  result?: AdminCompleteConnectSessionResponse
}

export const CONNECT_STEPS: { step: ConnectStep; label: string }[] = [
  { step: "provider", label: "Provider" },
  { step: "consent", label: "Consent" },
  { step: "bank", label: "Bank" },
  { step: "sign-in", label: "Sign in" },
  { step: "done", label: "Done" },
]

export const CONNECT_WORDS = {
  signInIntro: (bank: string) =>
    `Sign in to ${bank} in the Flinks window below. Your username and password go to Flinks and your bank only; this store never sees them.`,
  leftSignIn: (bank: string) => `You left the sign-in to ${bank} before it finished: nothing was connected.`,
  leftSignInToBank: (bank: string) =>
    `You left the sign-in to ${bank} before it finished: nothing was connected. Choose a bank to sign in again.`,
  leftDone: (bank: string) => `${bank} is connected: going back did not undo it.`,
  leftDoneToBank: (bank: string) =>
    `${bank} is connected: going back did not undo it. Choose another bank to connect it too.`,
  reloadedInSignIn:
    "The page was reloaded during the bank sign-in, which closed it: nothing was connected. Agree to the statement again to choose your bank.",
  reloadedInBank: "The page was reloaded. Agree to the statement again to choose your bank.",
}

const ORDER: ConnectStep[] = CONNECT_STEPS.map((item) => item.step)

export const stepIndex = (step: ConnectStep) => ORDER.indexOf(step)

/** The address's step; anything else is the first step. */
export function readConnectStep(value: string | null): ConnectStep {
  return ORDER.find((step) => step === value) ?? "provider"
}

function canShow(step: ConnectStep, choices: ConnectChoices): boolean {
  switch (step) {
    case "provider":
      return true
    case "consent":
      return Boolean(choices.provider)
    case "bank":
      return Boolean(choices.provider && choices.consentVersion)
    case "sign-in":
      return Boolean(choices.provider && choices.consentVersion && choices.signIn)
    case "done":
      return Boolean(choices.result)
  }
}

/**
 * The step to show for the one the address names: that one, or, when what it needs is gone (a
 * reload, Forward to a sign-in that was left), the last earlier one that can be shown. A success
 * that is gone sends to the start: nothing of it is left to show, and nothing may run again.
 */
export function shownStep(wanted: ConnectStep, choices: ConnectChoices): ConnectStep {
  if (wanted === "done" && !choices.result) return "provider"
  for (let index = stepIndex(wanted); index > 0; index--) {
    if (canShow(ORDER[index], choices)) return ORDER[index]
  }
  return "provider"
}

/**
 * What still holds once the merchant is back on `step`: the decisions of the steps before it. A
 * sign-in that was left is over (its widget is gone), and a success is not shown twice.
 */
export function choicesAt(step: ConnectStep, choices: ConnectChoices): ConnectChoices {
  switch (step) {
    case "provider":
      return {}
    case "consent":
      return { provider: choices.provider }
    case "bank":
      return { provider: choices.provider, consentVersion: choices.consentVersion }
    case "sign-in":
      return { provider: choices.provider, consentVersion: choices.consentVersion, signIn: choices.signIn }
    case "done":
      return choices
  }
}

/** The word for going back from `from` to `to` (the browser's Back), when leaving loses something. */
export function noticeOnReturn(from: ConnectStep, to: ConnectStep, choices: ConnectChoices): string | null {
  if (stepIndex(to) >= stepIndex(from)) return null
  if (from === "sign-in" && choices.signIn) {
    const bank = choices.signIn.institution.name
    return to === "bank" ? CONNECT_WORDS.leftSignInToBank(bank) : CONNECT_WORDS.leftSignIn(bank)
  }
  if (from === "done" && choices.result) {
    const bank = choices.result.connection.institution_name
    return to === "bank" ? CONNECT_WORDS.leftDoneToBank(bank) : CONNECT_WORDS.leftDone(bank)
  }
  return null
}

/** The word for a page opened (or reloaded) at a step whose choices are gone. */
export function noticeOnOpen(wanted: ConnectStep, shown: ConnectStep): string | null {
  if (shown !== "consent") return null
  if (wanted === "sign-in") return CONNECT_WORDS.reloadedInSignIn
  if (wanted === "bank") return CONNECT_WORDS.reloadedInBank
  return null
}

/**
 * The widget's failure steps in the merchant's words, each with a way forward. `ends` tells whether
 * the widget is finished: a wrong password or security answer can be retried inside the widget, so
 * the message shows above it; the others replace it with a "Try again" that opens a new session.
 */
export type ConnectFailure = { message: string; ends: boolean }

const WRONG_CREDENTIALS = "Your bank did not accept the username or password. Check them and try again."
const WRONG_ANSWER =
  "The answer to the security question was not accepted. Try again; the bank may ask a different question."
const UNREACHABLE = "Your bank cannot be reached right now. Try again in a few minutes."

export const SESSION_EXPIRED: ConnectFailure = {
  message: "This sign-in took too long and has expired. Start again.",
  ends: true,
}

export const NO_LOGIN_REPORTED: ConnectFailure = {
  message: "Flinks finished without saying which bank login was connected. Nothing was connected. Start again.",
  ends: true,
}

const FAILURES: Record<string, ConnectFailure> = {
  INVALID_LOGIN: { message: WRONG_CREDENTIALS, ends: false },
  INVALID_USERNAME: { message: WRONG_CREDENTIALS, ends: false },
  INVALID_PASSWORD: { message: WRONG_CREDENTIALS, ends: false },
  INVALID_SECURITY_RESPONSE: { message: WRONG_ANSWER, ends: false },
  MAXIMUM_RETRY_REACHED: { message: WRONG_ANSWER, ends: true },
  DISABLED_LOGIN: {
    message: "Your bank has disabled this login. Unlock it in your online banking, then try again.",
    ends: true,
  },
  RETRY_LATER: { message: UNREACHABLE, ends: true },
  DISABLED_INSTITUTION: { message: UNREACHABLE, ends: true },
  COMPONENT_CLOSE_SESSION: {
    message: "You closed the bank sign-in before it finished. Nothing was connected.",
    ends: true,
  },
  TOKEN_INVALID: SESSION_EXPIRED,
  SESSION_NONEXISTENT: SESSION_EXPIRED,
  INVALID_REQUEST: {
    message: "Flinks could not open this bank sign-in. Nothing was connected. Start again.",
    ends: true,
  },
}

/**
 * Steps after which an earlier, retriable message is stale: the merchant tried again or moved on.
 * A new failure, if any, follows right after and shows again.
 */
const PROGRESS_STEPS = new Set([
  "INSTITUTION_SELECTED",
  "SUBMIT_CREDENTIAL",
  "SUBMIT_MFA",
  "COMPONENT_LOAD_ACCOUNT_SELECTION",
])

const CREDENTIAL_STEPS = new Set(["INVALID_LOGIN", "INVALID_USERNAME", "INVALID_PASSWORD"])

/**
 * The failure a step means, if any. MAXIMUM_RETRY_REACHED follows the third wrong password as well
 * as the third wrong answer, so its words depend on the failure it follows.
 */
export function connectFailure(step: string, previousFailure: string | null): ConnectFailure | undefined {
  if (step === "MAXIMUM_RETRY_REACHED" && previousFailure && CREDENTIAL_STEPS.has(previousFailure)) {
    return { message: WRONG_CREDENTIALS, ends: true }
  }
  return FAILURES[step]
}

export function isConnectProgress(step: string): boolean {
  return PROGRESS_STEPS.has(step)
}

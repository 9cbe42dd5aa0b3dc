import { FLINKS_CAPITAL_CODE } from "../bank/institutions"
import type { SandboxState } from "../state"
import {
  answerChallenge,
  authorizeLiveRefresh,
  authorizeWithCredentials,
  type AuthorizeOutcome,
} from "../flinks/authorize-core"
import { afterSignIn } from "./enhanced-mfa"
import { MAX_TRIES, type ConnectSession, type StepResult } from "./connect-session"
import { errorText } from "./texts"

const CREDENTIAL_CODES = ["INVALID_PASSWORD", "INVALID_USERNAME", "INVALID_LOGIN"]

function error(cs: ConnectSession, codes: string[], next: "credentials" | "institutions" | "end"): StepResult {
  if (next === "end") {
    cs.finished = true
  }
  return { step: "error", events: codes, message: errorText(cs.options.language, codes[codes.length - 1]), next }
}

/** The authorize token of the URL is spent by the page's first call to Authorize. */
function spendToken(state: SandboxState, cs: ConnectSession): StepResult | null {
  if (!cs.token || cs.tokenSpent) {
    return null
  }
  cs.tokenSpent = true
  return state.tokens.consume(cs.instance, cs.token) ? error(cs, ["TOKEN_INVALID"], "end") : null
}

function mfaStep(
  state: SandboxState,
  cs: ConnectSession,
  outcome: Extract<AuthorizeOutcome, { kind: "challenge" }>,
  extra: { events?: string[]; message?: string } = {}
): StepResult {
  cs.requestId = outcome.session.requestId
  cs.loginId = outcome.session.login.id
  const question = outcome.session.questions[0]
  const choices = state.variants.challengeType === "MultipleChoice" ? question.choices : undefined
  return { step: "mfa", prompt: question.prompt, choices, ...extra }
}

function afterOutcome(state: SandboxState, cs: ConnectSession, outcome: AuthorizeOutcome): StepResult {
  if (outcome.kind === "authorized") {
    // Flinks saves the login once the bank lets it in, so the option applies even if the user leaves here.
    const { login } = outcome.session
    cs.requestId = outcome.session.requestId
    cs.loginId = login.id
    if (cs.options.scheduleRefresh) {
      login.scheduledRefresh = true
    }
    return afterSignIn(state, cs, login)
  }
  if (outcome.kind === "challenge") {
    return mfaStep(state, cs, outcome)
  }
  if (CREDENTIAL_CODES.includes(outcome.code)) {
    cs.wrongPasswords += 1
    return cs.wrongPasswords >= MAX_TRIES
      ? error(cs, [outcome.code, "MAXIMUM_RETRY_REACHED"], "end")
      : error(cs, [outcome.code], "credentials")
  }
  if (outcome.code === "INVALID_SECURITY_RESPONSE") {
    cs.wrongAnswers += 1
    if (cs.wrongAnswers >= MAX_TRIES || !cs.loginId) {
      return error(cs, [outcome.code, "MAXIMUM_RETRY_REACHED"], "end")
    }
    // Flinks spends the RequestId on a wrong answer; the page starts a new attempt with the bank.
    const retry = authorizeLiveRefresh(state, cs.instance, cs.loginId, cs.options.language, cs.options.tag ?? undefined)
    if (retry.kind === "challenge") {
      return mfaStep(state, cs, retry, {
        events: [outcome.code],
        message: errorText(cs.options.language, outcome.code),
      })
    }
    return afterOutcome(state, cs, retry)
  }
  if (outcome.code === "DISABLED_INSTITUTION") {
    return error(cs, [outcome.code], "institutions")
  }
  const final = ["SESSION_NONEXISTENT", "CONCURRENT_SESSION", "ALREADY_AUTHORIZED"].includes(outcome.code)
  return error(cs, [outcome.code], final ? "end" : "credentials")
}

export function submitCredentials(state: SandboxState, cs: ConnectSession, body: Record<string, unknown>): StepResult {
  const { institution, username, password } = body
  if (typeof institution !== "string" || typeof username !== "string" || typeof password !== "string") {
    return error(cs, ["INVALID_REQUEST"], "credentials")
  }
  if (institution === FLINKS_CAPITAL_CODE && !cs.options.demo) {
    return error(cs, ["DISABLED_INSTITUTION"], "institutions")
  }
  const refused = spendToken(state, cs)
  if (refused) {
    return refused
  }
  cs.institution = institution
  const outcome = authorizeWithCredentials(state, cs.instance, {
    institution,
    username,
    password,
    language: cs.options.language,
    tag: cs.options.tag ?? undefined,
  })
  return afterOutcome(state, cs, outcome)
}

export function submitAnswer(state: SandboxState, cs: ConnectSession, body: Record<string, unknown>): StepResult {
  const session = cs.requestId ? state.sessions.find(cs.instance, cs.requestId) : undefined
  if (session?.stage !== "mfa") {
    return error(cs, ["SESSION_NONEXISTENT"], "end")
  }
  const refused = spendToken(state, cs)
  if (refused) {
    return refused
  }
  const answer = typeof body.answer === "string" ? body.answer : ""
  const question = session.questions[0]
  const outcome = answerChallenge(state, cs.instance, session.requestId, { [question.prompt]: [answer] })
  if (outcome.kind === "challenge" && outcome.session.questions[0].prompt === question.prompt) {
    return mfaStep(state, cs, outcome, { message: errorText(cs.options.language, "EMPTY_ANSWER") })
  }
  if (outcome.kind !== "failed" && question.key) {
    // The bank accepted this answer: Enhanced MFA will not ask this question again.
    cs.answeredKeys.push(question.key)
  }
  return afterOutcome(state, cs, outcome)
}

/** Appends Flinks' parameters to the merchant's redirectUrl, keeping its own query and fragment. */
export function redirectTo(base: string, params: Array<[string, string]>): string {
  const hashAt = base.indexOf("#")
  const head = hashAt < 0 ? base : base.slice(0, hashAt)
  const fragment = hashAt < 0 ? "" : base.slice(hashAt)
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ",")}`).join("&")
  const separator = head.includes("?") ? (head.endsWith("?") || head.endsWith("&") ? "" : "&") : "?"
  return `${head}${separator}${query}${fragment}`
}

export function finish(state: SandboxState, cs: ConnectSession, body: Record<string, unknown>): StepResult {
  const login = cs.loginId ? state.logins.find(cs.instance, cs.loginId) : undefined
  if (!login || !cs.requestId || cs.finished || cs.enhancedMfaPending) {
    return error(cs, ["SESSION_NONEXISTENT"], "end")
  }
  const ids = Array.isArray(body.accountIds) ? body.accountIds.filter((id): id is string => typeof id === "string") : []
  const known = new Set(state.logins.accountsOf(login).map((account) => account.id))
  const { accountSelectorEnable, accountSelectorMultiple, redirectUrl, tag } = cs.options
  if (
    ids.some((id) => !known.has(id)) ||
    (accountSelectorEnable && (ids.length === 0 || (!accountSelectorMultiple && ids.length > 1)))
  ) {
    return error(cs, ["INVALID_REQUEST"], "end")
  }
  const accountId = accountSelectorEnable ? ids.join(",") : null
  const params: Array<[string, string]> = [
    ["loginId", login.id],
    ["institution", login.institution.code],
  ]
  if (tag) {
    params.push(["tag", tag])
  }
  if (accountId) {
    params.push(["accountId", accountId])
  }
  cs.finished = true
  return {
    step: "done",
    url: redirectUrl ? redirectTo(redirectUrl, params) : null,
    loginId: login.id,
    requestId: cs.requestId,
    institution: login.institution.code,
    accountId,
  }
}

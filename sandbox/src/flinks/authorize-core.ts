import type { SandboxInstance } from "../credentials"
import { Rng } from "../core/random"
import { findInstitution } from "../bank/institutions"
import { drawQuestions, type Language } from "../bank/mfa"
import { asksMfa, FLINKS_CAPITAL_PASSWORD, userBehaviour } from "../bank/test-users"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"
import type { Session } from "../state/sessions"
import type { FlinksCode } from "./codes"

/**
 * What Authorize decides, apart from HTTP: the API route renders it as Flinks JSON and the Connect
 * page as its next screen, so both drive the very same logins and RequestIds.
 */
export type AuthorizeOutcome =
  | { kind: "authorized"; session: Session; afterMfa: boolean }
  | { kind: "challenge"; session: Session }
  | { kind: "failed"; code: FlinksCode; message?: string; session?: Session }

export interface CredentialsAttempt {
  institution: string
  username: string
  password: string
  language: Language
  tag?: string
}

const failed = (code: FlinksCode, message?: string, session?: Session): AuthorizeOutcome => ({
  kind: "failed",
  code,
  message,
  session,
})

/** One session per LoginId: the new one replaces the others, or is refused while one is busy. */
function openSession(
  state: SandboxState,
  login: Login,
  mode: Session["mode"],
  language: Language,
  tag: string | undefined
): Session | null {
  if (state.variants.concurrentSession === "reject" && state.sessions.busyOf(login).length > 0) {
    return null
  }
  state.sessions.endAllOf(login)
  return state.sessions.create({
    instance: login.instance,
    login,
    mode,
    stage: "authorized",
    questions: [],
    language,
    tag,
  })
}

function challenge(state: SandboxState, login: Login, session: Session): AuthorizeOutcome {
  const rng = new Rng(state.seed, "mfa", login.id, login.mfaRounds++)
  session.stage = "mfa"
  session.questions = drawQuestions(login.instance.country, session.language, state.variants.mfaQuestionsPerRound, rng)
  login.lastLiveOutcome = "mfa_unanswered"
  return { kind: "challenge", session }
}

function completeLive(state: SandboxState, login: Login): void {
  login.mfaRequired = false
  state.logins.markRefreshed(login, false)
  login.liveAuthorizedAt = state.clock.now()
}

export interface LiveRefreshOptions {
  /**
   * The refresh is a live Authorize by LoginId through the API. Only then may Flinks answer a
   * question from stored Enhanced MFA answers, and only with `enhancedMfaAnswers: "allRefreshes"`.
   */
  viaApi?: boolean
}

/** With the allRefreshes reading, Flinks answers the bank's question itself from stored answers. */
const storedAnswersAnswer = (state: SandboxState, login: Login, options: LiveRefreshOptions) =>
  options.viaApi === true && login.enhancedMfaAnswers && state.variants.enhancedMfaAnswers === "allRefreshes"

/** The bank is contacted: it may ask a question before letting the login in. */
function goLive(
  state: SandboxState,
  login: Login,
  language: Language,
  tag: string | undefined,
  options: LiveRefreshOptions = {}
): AuthorizeOutcome {
  const session = openSession(state, login, "live", language, tag)
  if (!session) {
    return failed("CONCURRENT_SESSION")
  }
  state.logins.recordLiveSignIn(login)
  // A push prompt or one-time code reaches the person, never Flinks: stored answers cannot help.
  const push = state.variants.liveRefreshAsksMfa && asksMfa(login.behaviour)
  const question = login.mfaRequired && !storedAnswersAnswer(state, login, options)
  if (push || question) {
    return challenge(state, login, session)
  }
  completeLive(state, login)
  return { kind: "authorized", session, afterMfa: false }
}

export function authorizeWithCredentials(
  state: SandboxState,
  instance: SandboxInstance,
  attempt: CredentialsAttempt
): AuthorizeOutcome {
  const institution = findInstitution(instance.country, attempt.institution)
  if (!institution) {
    return failed("INVALID_REQUEST", `The institution "${attempt.institution}" is not available on this instance`)
  }
  if (!institution.canLogIn) {
    return failed("DISABLED_INSTITUTION")
  }
  const behaviour = userBehaviour(attempt.username)
  if (!behaviour) {
    return failed(state.variants.unknownUsernameCode)
  }
  if (attempt.password !== FLINKS_CAPITAL_PASSWORD) {
    return failed("INVALID_PASSWORD")
  }
  if (behaviour === "disabled") {
    return failed("DISABLED_LOGIN")
  }
  if (behaviour === "unavailable") {
    return failed("RETRY_LATER")
  }
  const login = state.logins.upsert(instance, institution, attempt.username, attempt.language, behaviour)
  // The password typed in is the bank's current one: Flinks saves it (Save: true).
  login.passwordChanged = false
  // Credentials typed in again look like a new device to the bank, which challenges it.
  if (asksMfa(behaviour)) {
    login.mfaRequired = true
  }
  return goLive(state, login, attempt.language, attempt.tag)
}

export function authorizeLiveRefresh(
  state: SandboxState,
  instance: SandboxInstance,
  loginId: string,
  language: Language | undefined,
  tag: string | undefined,
  options: LiveRefreshOptions = {}
): AuthorizeOutcome {
  const login = state.logins.find(instance, loginId)
  if (!login) {
    return failed("INVALID_LOGIN")
  }
  if (login.passwordChanged) {
    // The bank was contacted and refused the saved password: that attempt counts too.
    state.logins.recordLiveSignIn(login)
    return failed("INVALID_PASSWORD")
  }
  return goLive(state, login, language ?? login.language, tag, options)
}

/** Replays the last live outcome over the data Flinks already holds; the bank is not contacted. */
export function authorizeCached(
  state: SandboxState,
  instance: SandboxInstance,
  loginId: string,
  tag: string | undefined
): AuthorizeOutcome {
  const login = state.logins.find(instance, loginId)
  if (!login) {
    return failed("INVALID_LOGIN")
  }
  const session = openSession(state, login, "cached", login.language, tag)
  if (!session) {
    return failed("CONCURRENT_SESSION")
  }
  if (login.lastLiveOutcome === "mfa_unanswered") {
    if (state.variants.cachedAfterMfaAnswers === "203") {
      return challenge(state, login, session)
    }
    // The RequestId still reads the stale data; Login.LastRefresh says how stale.
    return failed("QUESTION_NOT_FOUND", undefined, session)
  }
  return { kind: "authorized", session, afterMfa: false }
}

export function answerChallenge(
  state: SandboxState,
  instance: SandboxInstance,
  requestId: string,
  responses: Record<string, unknown>
): AuthorizeOutcome {
  const session = state.sessions.find(instance, requestId)
  if (!session) {
    return failed("SESSION_NONEXISTENT")
  }
  state.sessions.touch(session)
  if (session.stage !== "mfa") {
    return failed("ALREADY_AUTHORIZED")
  }
  const question = session.questions[0]
  if (Object.keys(responses).some((key) => key !== question.prompt)) {
    return failed("UNKNOWN_CHALLENGE_KEY")
  }
  const answers = responses[question.prompt]
  if (answers === undefined) {
    return { kind: "challenge", session }
  }
  if (!Array.isArray(answers) || answers.some((answer) => typeof answer !== "string")) {
    return failed("INVALID_REQUEST", "Each SecurityResponses value must be an array of strings")
  }
  const answer = (answers as string[]).find((text) => text.trim() !== "")
  if (answer === undefined) {
    return { kind: "challenge", session }
  }
  if (answer !== question.answer) {
    // No retry: the RequestId is spent and the login stays waiting on its MFA.
    state.sessions.end(session)
    return failed("INVALID_SECURITY_RESPONSE")
  }
  session.questions.shift()
  if (session.questions.length > 0) {
    return { kind: "challenge", session }
  }
  session.stage = "authorized"
  completeLive(state, session.login)
  return { kind: "authorized", session, afterMfa: true }
}

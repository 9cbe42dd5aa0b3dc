import { canadianQuestions, type Question } from "../bank/mfa"
import { asksMfa } from "../bank/test-users"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"
import { accountsStep } from "./accounts-step"
import type { ConnectSession, StepResult } from "./connect-session"
import { errorText } from "./texts"

/**
 * Enhanced MFA (reference §10, Canada only): after the bank let the login in, Flinks' own form
 * collects the answers to the bank's other security questions, so that its unattended refreshes
 * can answer them. The US instance ignores the option, since Flinks documents it for Canada.
 */
function remainingQuestions(cs: ConnectSession, login: Login): Question[] | null {
  if (!cs.options.enhancedMFA || cs.instance.country !== "CA" || !asksMfa(login.behaviour)) {
    return null
  }
  return canadianQuestions(cs.options.language).filter((question) => !cs.answeredKeys.includes(question.key!))
}

function enhancedStep(cs: ConnectSession, questions: Question[], message?: string): StepResult {
  return {
    step: "enhancedMfa",
    questions: questions.map((question) => ({ key: question.key!, prompt: question.prompt })),
    skippable: cs.options.skipEnhancedMFA,
    message,
  }
}

/** What follows a successful sign-in on the page: the Enhanced MFA step when it applies, else the accounts. */
export function afterSignIn(state: SandboxState, cs: ConnectSession, login: Login): StepResult {
  const questions = remainingQuestions(cs, login)
  if (questions === null) {
    return accountsStep(state, login)
  }
  if (questions.length === 0) {
    // Every question was just answered: Flinks already holds all the answers.
    login.enhancedMfaAnswers = true
    return accountsStep(state, login)
  }
  cs.enhancedMfaPending = true
  return enhancedStep(cs, questions)
}

/** The page's Enhanced MFA form: `{answers:{<key>: <answer>}}`, or `{skip:true}` with skipEnhancedMFA. */
export function submitEnhancedMfa(state: SandboxState, cs: ConnectSession, body: Record<string, unknown>): StepResult {
  const login = cs.loginId ? state.logins.find(cs.instance, cs.loginId) : undefined
  const questions = login ? remainingQuestions(cs, login) : null
  if (!login || !questions || !cs.enhancedMfaPending) {
    cs.finished = true
    return {
      step: "error",
      events: ["SESSION_NONEXISTENT"],
      message: errorText(cs.options.language, "SESSION_NONEXISTENT"),
      next: "end",
    }
  }
  if (body.skip === true && cs.options.skipEnhancedMFA) {
    cs.enhancedMfaPending = false
    return accountsStep(state, login)
  }
  const answers =
    typeof body.answers === "object" && body.answers !== null ? (body.answers as Record<string, unknown>) : {}
  // Compared exactly, like every answer the bank checks; it is Flinks' own form, so a retry is free.
  const wrong = questions.some((question) => answers[question.key!] !== question.answer)
  if (wrong) {
    return enhancedStep(cs, questions, errorText(cs.options.language, "ENHANCED_MFA_WRONG"))
  }
  login.enhancedMfaAnswers = true
  cs.enhancedMfaPending = false
  return accountsStep(state, login)
}

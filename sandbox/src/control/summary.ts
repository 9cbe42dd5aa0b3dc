import { formatIsoDate } from "../core/calendar"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"

function clockJson(state: SandboxState) {
  return {
    now: new Date(state.clock.now()).toISOString(),
    today: formatIsoDate(state.clock.today()),
    offsetMinutes: state.clock.offsetMinutes(),
  }
}

export { clockJson }

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString())

/** What each login's bank saw: the counts tests assert ("exactly one live sign-in today"). */
function refreshJson(login: Login) {
  const lastNightly = login.nightlyRuns[login.nightlyRuns.length - 1]
  return {
    scheduledRefresh: login.scheduledRefresh,
    lastRefreshScheduled: login.lastRefreshScheduled,
    enhancedMfa: login.enhancedMfaAnswers,
    liveAuthorizedAt: iso(login.liveAuthorizedAt),
    liveSignIns: login.liveSignInTimes.length,
    liveSignInTimes: login.liveSignInTimes.map((time) => new Date(time).toISOString()),
    nightlyRefreshes: login.nightlyRuns.length,
    lastNightlyRefresh: lastNightly
      ? { at: iso(lastNightly.at), state: lastNightly.state, errorCode: lastNightly.errorCode }
      : null,
  }
}

/** GET /__sandbox/state: what a test or a person needs to see what the sandbox holds. */
export function stateSummary(state: SandboxState) {
  const now = state.clock.now()
  return {
    seed: state.seed,
    clock: clockJson(state),
    variants: state.variants,
    faults: state.faults.list(),
    tokens: state.tokens.summary(),
    logins: state.logins.all().map((login) => ({
      loginId: login.id,
      customerId: login.instance.customerId,
      country: login.instance.country,
      institution: login.institution.code,
      username: login.username,
      language: login.language,
      mfaRequired: login.mfaRequired,
      passwordChanged: login.passwordChanged,
      lastLiveOutcome: login.lastLiveOutcome,
      lastRefresh: iso(login.lastRefresh),
      ...refreshJson(login),
      accounts:
        login.accounts?.map((account) => ({
          id: account.id,
          title: account.template.title,
          currency: account.template.currency,
          category: account.template.category,
          lines: account.lines.length,
          visible: account.visible,
        })) ?? null,
    })),
    sessions: state.sessions.all().map((session) => ({
      requestId: session.requestId,
      loginId: session.login.id,
      customerId: session.instance.customerId,
      mode: session.mode,
      stage: session.stage,
      prompt: session.stage === "mfa" ? session.questions[0]?.prompt : undefined,
      processing: state.sessions.isProcessing(session),
      idleSeconds: Math.round((now - session.lastActivity) / 1000),
    })),
    connectSessions: state.connectSessions.size,
  }
}

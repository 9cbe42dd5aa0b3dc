import { asksMfa } from "../bank/test-users"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"
import type { NightlyRun } from "../state/nightly-runs"
import { formatLastRefresh } from "./envelope"

const DAY = 86_400_000
/** Flinks: a login stays eligible with a successful refresh in the last 7 days. */
const ELIGIBLE_DAYS = 7

/** Whether this instance runs scheduled refreshes at all (see the nightlyRefresh variant). */
export const nightlyRefreshRuns = (state: SandboxState) => state.variants.nightlyRefresh === "supported"

/**
 * One scheduled refresh, with nobody present: Flinks signs in to the bank on its own. A push
 * prompt or one-time code reaches the person, never Flinks, so it stalls whatever answers are
 * stored. A question is answered only from stored Enhanced MFA answers.
 */
export function runNightlyRefresh(state: SandboxState, login: Login): NightlyRun {
  const at = state.clock.now()
  const push = state.variants.liveRefreshAsksMfa && asksMfa(login.behaviour)
  let run: NightlyRun
  if (login.passwordChanged) {
    run = { at, state: "Failed", errorCode: "INVALID_PASSWORD" }
  } else if (push || (login.mfaRequired && !login.enhancedMfaAnswers)) {
    // The cached Authorize replays this: 401 QUESTION_NOT_FOUND over the old copy.
    login.lastLiveOutcome = "mfa_unanswered"
    run = { at, state: "AnsweringSecurityChallenge", errorCode: null }
  } else {
    login.mfaRequired = false
    state.logins.markRefreshed(login, true)
    run = { at, state: "Completed", errorCode: null }
  }
  login.nightlyRuns.push(run)
  return run
}

export interface IneligibleCard {
  LoginId: string
  LastRefreshDate: string | null
  LastRefreshState: string
  LastRefreshErrorCode: string | null
}

/**
 * Why Flinks would not refresh this login tonight, or null when it would. The latest thing that
 * happened decides: a nightly refresh that stalled or failed, unless a successful refresh (live
 * or nightly) came after it; otherwise no successful refresh within the last 7 days.
 */
export function ineligibility(state: SandboxState, login: Login): IneligibleCard | null {
  const digits = state.variants.lastRefreshDigits
  const last = login.nightlyRuns[login.nightlyRuns.length - 1]
  const card = (at: number | null, refreshState: string, errorCode: string | null): IneligibleCard => ({
    LoginId: login.id,
    LastRefreshDate: at === null ? null : formatLastRefresh(at, digits),
    LastRefreshState: refreshState,
    LastRefreshErrorCode: errorCode,
  })
  if (last && last.state !== "Completed" && (login.lastRefresh === null || last.at > login.lastRefresh)) {
    return card(last.at, last.state, last.errorCode)
  }
  if (login.lastRefresh === null || state.clock.now() - login.lastRefresh >= ELIGIBLE_DAYS * DAY) {
    return card(login.lastRefresh, last?.state ?? "Completed", null)
  }
  return null
}

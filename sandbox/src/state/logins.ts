import { SANDBOX_INSTANCES, type SandboxInstance } from "../credentials"
import type { Day } from "../core/calendar"
import { hashUuid, Rng } from "../core/random"
import { accountTemplatesOf, type AccountTemplate } from "../bank/accounts"
import { generateLines, type Line } from "../bank/history"
import { FLINKS_CAPITAL_CODE, findInstitution, type Institution } from "../bank/institutions"
import type { Language } from "../bank/mfa"
import type { NightlyRun } from "./nightly-runs"
import { USERS_WITH_LOGINS, userBehaviour, type UserBehaviour } from "../bank/test-users"

export interface Account {
  template: AccountTemplate
  id: string
  /** Everything the bank has posted, oldest first. */
  lines: Line[]
  /**
   * How many of `lines` Flinks holds: the count at the last refresh. A cached read sees only
   * these; lines the bank posted since then wait for the next live (or background) refresh.
   */
  visible: number
}

export interface Login {
  id: string
  instance: SandboxInstance
  institution: Institution
  username: string
  language: Language
  behaviour: UserBehaviour
  /** The sandbox day the history ends on; fixed so that moving the clock never rewrites history. */
  createdDay: Day
  /** Generated on first use. */
  accounts: Account[] | null
  /** The bank will ask a question at the next live Authorize. */
  mfaRequired: boolean
  /** The password changed at the bank: Flinks' saved one fails until someone signs in again. */
  passwordChanged: boolean
  /** What a cached Authorize replays. */
  lastLiveOutcome: "ok" | "mfa_unanswered"
  lastRefresh: number | null
  /** Scheduled (nightly) refresh is turned on: Connect's scheduleRefresh=true, or SetScheduledRefresh. */
  scheduledRefresh: boolean
  /** The copy Flinks holds was brought by a scheduled (background) refresh: Login.IsScheduledRefresh. */
  lastRefreshScheduled: boolean
  liveAuthorizedAt: number | null
  /**
   * When each Authorize that reached the bank for this login happened, oldest first: live refreshes
   * by LoginId and sign-ins with credentials. Each one may send the account holder a code or a
   * push prompt, which is what a client must keep rare. MFA answers and cached reads are not here.
   */
  liveSignInTimes: number[]
  /** Each scheduled (nightly) refresh Flinks ran on its own, oldest first. */
  nightlyRuns: NightlyRun[]
  /** Enhanced MFA: Flinks stored the answers to all of the bank's security questions. */
  enhancedMfaAnswers: boolean
  /** Detail pulls served, for the per-pull transaction Id variant. */
  pulls: number
  mfaRounds: number
}

interface LoginBookDeps {
  seed: () => number
  now: () => number
  today: () => Day
  reviveKnownLogins: () => boolean
}

const naturalKey = (instance: SandboxInstance, institution: string, username: string, language: Language) =>
  `${instance.customerId}|${institution}|${username}|${language}`

/**
 * Logins by LoginId. A LoginId is a hash of customerId, institution, username and language (so the
 * same person logging in again gets the same one, even after a password change) plus how many
 * times that login was deleted (so DeleteCard really ends it: the next login gets a new id).
 */
export class LoginBook {
  private byId = new Map<string, Login>()
  private generations = new Map<string, number>()
  private deleted = new Set<string>()

  constructor(private readonly deps: LoginBookDeps) {}

  loginIdFor(instance: SandboxInstance, institution: string, username: string, language: Language): string {
    const key = naturalKey(instance, institution, username, language)
    return hashUuid("login", key, this.generations.get(key) ?? 0)
  }

  /** The login a successful bank login lands on, created when new. */
  upsert(
    instance: SandboxInstance,
    institution: Institution,
    username: string,
    language: Language,
    behaviour: UserBehaviour
  ): Login {
    const id = this.loginIdFor(instance, institution.code, username, language)
    const existing = this.byId.get(id)
    if (existing) {
      return existing
    }
    const login: Login = {
      id,
      instance,
      institution,
      username,
      language,
      behaviour,
      createdDay: this.deps.today(),
      accounts: null,
      mfaRequired: false,
      passwordChanged: false,
      lastLiveOutcome: "ok",
      lastRefresh: null,
      scheduledRefresh: false,
      lastRefreshScheduled: false,
      liveAuthorizedAt: null,
      liveSignInTimes: [],
      nightlyRuns: [],
      enhancedMfaAnswers: false,
      pulls: 0,
      mfaRounds: 0,
    }
    this.byId.set(id, login)
    return login
  }

  find(instance: SandboxInstance, loginId: string): Login | undefined {
    const login = this.byId.get(loginId) ?? this.revive(loginId)
    return login && login.instance.customerId === instance.customerId ? login : undefined
  }

  findAnywhere(loginId: string): Login | undefined {
    return this.byId.get(loginId) ?? this.revive(loginId)
  }

  /**
   * Flinks keeps logins for good; the sandbox forgets them when it restarts. So that a demo's
   * stored LoginIds keep working, a test user's first-generation LoginId is recognised and its
   * login rebuilt as if it had been connected and refreshed today.
   */
  private revive(loginId: string): Login | undefined {
    if (!this.deps.reviveKnownLogins() || this.deleted.has(loginId)) {
      return undefined
    }
    for (const instance of SANDBOX_INSTANCES) {
      for (const username of USERS_WITH_LOGINS) {
        for (const language of ["en", "fr"] as const) {
          const key = naturalKey(instance, FLINKS_CAPITAL_CODE, username, language)
          if ((this.generations.get(key) ?? 0) === 0 && hashUuid("login", key, 0) === loginId) {
            const institution = findInstitution(instance.country, FLINKS_CAPITAL_CODE)!
            const login = this.upsert(instance, institution, username, language, userBehaviour(username)!)
            this.markRefreshed(login, false)
            return login
          }
        }
      }
    }
    return undefined
  }

  accountsOf(login: Login): Account[] {
    if (!login.accounts) {
      login.accounts = accountTemplatesOf(login.instance.country).map((template) => {
        const id = hashUuid("account", login.id, template.key)
        const rng = new Rng(this.deps.seed(), "history", id, login.createdDay)
        const lines = generateLines({
          rng,
          template,
          startBalance: template.openingCents,
          count: template.defaultLines,
          firstDay: login.createdDay - template.spanDays + 1,
          lastDay: login.createdDay,
          recurring: true,
        })
        return { template, id, lines, visible: 0 }
      })
    }
    return login.accounts
  }

  /** An Authorize reached the bank for this login (not an MFA answer, not a cached read). */
  recordLiveSignIn(login: Login): void {
    login.liveSignInTimes.push(this.deps.now())
  }

  /** Flinks' copy catches up with the bank (a live refresh, or a background one). */
  markRefreshed(login: Login, scheduled: boolean): void {
    for (const account of this.accountsOf(login)) {
      account.visible = account.lines.length
    }
    login.lastRefresh = this.deps.now()
    login.lastRefreshScheduled = scheduled
    login.lastLiveOutcome = "ok"
  }

  /** Everything remembered about the logins happened `ms` earlier; their history is not rewritten. */
  rewind(ms: number): void {
    const back = (time: number | null) => (time === null ? null : time - ms)
    for (const login of this.byId.values()) {
      login.lastRefresh = back(login.lastRefresh)
      login.liveAuthorizedAt = back(login.liveAuthorizedAt)
      login.liveSignInTimes = login.liveSignInTimes.map((time) => time - ms)
      login.nightlyRuns = login.nightlyRuns.map((run) => ({ ...run, at: run.at - ms }))
    }
  }

  delete(login: Login): void {
    this.byId.delete(login.id)
    this.deleted.add(login.id)
    const key = naturalKey(login.instance, login.institution.code, login.username, login.language)
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1)
  }

  all(): Login[] {
    return [...this.byId.values()]
  }

  clear(): void {
    this.byId.clear()
    this.generations.clear()
    this.deleted.clear()
  }
}

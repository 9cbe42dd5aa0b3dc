import { instanceByCountry, instanceByCustomerId } from "../credentials"
import { formatIsoDate, parseIsoDate } from "../core/calendar"
import { FLINKS_CAPITAL_CODE, findInstitution } from "../bank/institutions"
import { userBehaviour } from "../bank/test-users"
import { json, type Reply } from "../http/reply"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"
import { bad, missing, type ControlHandler, type Params } from "./handler"
import { lineJson, postLines, rekey, rewriteHistory } from "./transactions"

// Knobs on one login, its accounts and their lines.
const MAX_LINES = 1_000_000

function findLogin(state: SandboxState, loginId: string): Login | undefined {
  return state.logins.findAnywhere(loginId)
}

function withAccount(state: SandboxState, params: Params, then: (login: Login, accountIndex: number) => Reply): Reply {
  const login = findLogin(state, params[0])
  if (!login) {
    return missing(`No login ${params[0]}`)
  }
  const accounts = state.logins.accountsOf(login)
  const index = accounts.findIndex((account) => account.id === params[1])
  return index < 0 ? missing(`Login ${login.id} has no account ${params[1]}`) : then(login, index)
}

/** Not in the brief's list: a login ready to use without going through Connect. */
export const createLogin: ControlHandler = (state, body) => {
  const { customerId, country, username = "Greatday", language = "en" } = body
  const instance =
    typeof customerId === "string"
      ? instanceByCustomerId(customerId)
      : instanceByCountry(country === "US" ? "US" : "CA")
  if (!instance || (country !== undefined && country !== "CA" && country !== "US")) {
    return bad("Pass a known customerId, or country CA or US")
  }
  const behaviour = typeof username === "string" ? userBehaviour(username) : undefined
  if (!behaviour || behaviour === "disabled" || behaviour === "unavailable") {
    return bad(
      "username must be a Flinks Capital user that can log in (Greatday, greatday_nomfa, test_dispatched, test_pending)"
    )
  }
  if (language !== "en" && language !== "fr") {
    return bad('language must be "en" or "fr"')
  }
  const institution = findInstitution(instance.country, FLINKS_CAPITAL_CODE)!
  const login = state.logins.upsert(instance, institution, username as string, language, behaviour)
  login.mfaRequired = false
  state.logins.markRefreshed(login, false)
  return json(200, {
    loginId: login.id,
    customerId: instance.customerId,
    username: login.username,
    language: login.language,
    accounts: state.logins.accountsOf(login).map((account) => ({
      Id: account.id,
      Title: account.template.title,
      Currency: account.template.currency,
      Category: account.template.category,
      Type: account.template.type,
      AccountType: account.template.accountType,
    })),
  })
}

export const requireMfa: ControlHandler = (state, _body, params) => {
  const login = findLogin(state, params[0])
  if (!login) {
    return missing(`No login ${params[0]}`)
  }
  login.mfaRequired = true
  return json(200, { loginId: login.id, mfaRequired: true })
}

/**
 * Not in the brief's list: the user changed their password at the bank. Live refreshes by LoginId
 * answer 401 INVALID_PASSWORD until the user signs in with credentials again (Connect); the
 * LoginId stays the same. Cached reads keep serving the data Flinks already holds.
 */
export const changePassword: ControlHandler = (state, _body, params) => {
  const login = findLogin(state, params[0])
  if (!login) {
    return missing(`No login ${params[0]}`)
  }
  login.passwordChanged = true
  return json(200, { loginId: login.id, passwordChanged: true })
}

/** Not in the brief's list: what a background (nightly) refresh would do. */
export const refreshLogin: ControlHandler = (state, _body, params) => {
  const login = findLogin(state, params[0])
  if (!login) {
    return missing(`No login ${params[0]}`)
  }
  state.logins.markRefreshed(login, true)
  return json(200, { loginId: login.id, lastRefresh: new Date(login.lastRefresh!).toISOString() })
}

export const addTransactions: ControlHandler = (state, body, params) =>
  withAccount(state, params, (login, index) => {
    const account = state.logins.accountsOf(login)[index]
    const { count, date } = body
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_LINES) {
      return bad(`count must be a whole number from 1 to ${MAX_LINES}`)
    }
    const today = state.clock.today()
    const day = date === undefined ? today : typeof date === "string" ? parseIsoDate(date) : null
    if (day === null) {
      return bad('date must be a date written "YYYY-MM-DD"')
    }
    const last = account.lines[account.lines.length - 1]
    if (last && day < last.day) {
      return bad(`date must not be before the account's last line (${formatIsoDate(last.day)}): lines are appended`)
    }
    if (day > today) {
      return bad(`date must not be after the sandbox's today (${formatIsoDate(today)}): only posted lines exist`)
    }
    const added = postLines(state, account, count as number, day)
    return json(200, {
      loginId: login.id,
      accountId: account.id,
      visibleAfter:
        "the next live refresh (Authorize with MostRecentCached false) or POST /__sandbox/logins/{loginId}/refresh",
      transactions: added.map(lineJson),
    })
  })

export const setHistory: ControlHandler = (state, body, params) =>
  withAccount(state, params, (login, index) => {
    const account = state.logins.accountsOf(login)[index]
    const { count } = body
    if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_LINES) {
      return bad(`count must be a whole number from 0 to ${MAX_LINES}`)
    }
    rewriteHistory(state, account, count as number)
    const first = account.lines[0]
    const last = account.lines[account.lines.length - 1]
    return json(200, {
      loginId: login.id,
      accountId: account.id,
      count: account.lines.length,
      firstDate: first ? formatIsoDate(first.day) : null,
      lastDate: last ? formatIsoDate(last.day) : null,
    })
  })

export const rekeyTransaction: ControlHandler = (state, _body, params) => {
  const result = rekey(state, params[0])
  return result ? json(200, result) : missing(`No transaction ${params[0]}`)
}

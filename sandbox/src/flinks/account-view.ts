import type { Day } from "../core/calendar"
import { formatIsoDate } from "../core/calendar"
import { toJson } from "../core/json"
import { formatCents, Money } from "../core/money"
import { hashUuid } from "../core/random"
import type { Variants } from "../core/variants"
import { holderOf } from "../bank/accounts"
import type { Line } from "../bank/history"
import type { SandboxState } from "../state"
import type { Account, Login } from "../state/logins"
import type { Session } from "../state/sessions"
import { institutionFields, loginJson } from "./envelope"

/** The accounts a RequestId may read: none before the login's first refresh, then Flinks' copy. */
export function accountsFor(state: SandboxState, login: Login, filter: string[] | null): Account[] {
  if (login.lastRefresh === null) {
    return []
  }
  const accounts = state.logins.accountsOf(login)
  return filter ? accounts.filter((account) => filter.includes(account.id)) : accounts
}

export function visibleBalance(account: Account): number {
  return account.visible > 0 ? account.lines[account.visible - 1].balance : account.template.openingCents
}

function balanceJson(account: Account) {
  const current = visibleBalance(account)
  const { category, limitCents, overdraftCents } = account.template
  if (category === "Credits") {
    const limit = limitCents ?? 0
    return { Available: new Money(limit - current), Current: new Money(current), Limit: new Money(limit) }
  }
  if (category === "Products") {
    return { Available: null, Current: new Money(current), Limit: null }
  }
  return { Available: new Money(current + overdraftCents), Current: new Money(current), Limit: null }
}

/** Every Account field but Transactions, in the order Flinks prints them. */
export function accountFields(login: Login, account: Account, withKyc: boolean) {
  const t = account.template
  return {
    TransitNumber: t.transitNumber,
    InstitutionNumber: t.institutionNumber,
    OverdraftLimit: new Money(t.overdraftCents),
    Title: t.title,
    AccountNumber: t.accountNumber,
    LastFourDigits: t.accountNumber.slice(-4),
    Balance: balanceJson(account),
    Category: t.category,
    Type: t.type,
    Currency: t.currency,
    Holder: withKyc ? holderOf(login.instance.country, t) : null,
    AccountType: t.accountType,
    Id: account.id,
  }
}

const LINES_PER_CHUNK = 1_000

/** The index of the first visible line dated on or after `fromDay` (lines are in date order). */
function firstIndexFrom(lines: Line[], visible: number, fromDay: Day): number {
  let low = 0
  let high = visible
  while (low < high) {
    const mid = (low + high) >>> 1
    if (lines[mid].day < fromDay) {
      low = mid + 1
    } else {
      high = mid
    }
  }
  return low
}

/** The Transactions array's members, written by hand for speed: 100,000 lines is ~20 MB of JSON. */
function* transactionChunks(account: Account, fromDay: Day, variants: Variants, pull: number): Generator<string> {
  const format = variants.amountFormat
  const dates = new Map<Day, string>()
  const money = (cents: number | null) => (cents === null ? "null" : formatCents(cents, format))
  const start = firstIndexFrom(account.lines, account.visible, fromDay)
  const count = account.visible - start
  const newestFirst = variants.transactionOrder === "newestFirst"
  let buffer: string[] = []
  for (let n = 0; n < count; n++) {
    const line = account.lines[newestFirst ? account.visible - 1 - n : start + n]
    let date = dates.get(line.day)
    if (date === undefined) {
      date = formatIsoDate(line.day)
      dates.set(line.day, date)
    }
    const id = variants.transactionIds === "perPull" ? hashUuid("pull", line.id, pull) : line.id
    buffer.push(
      `${n === 0 ? "" : ","}{"Id":"${id}","Date":"${date}","Code":null,"Description":${JSON.stringify(line.description)},` +
        `"Debit":${money(line.debit)},"Credit":${money(line.credit)},"Balance":${money(line.balance)}}`
    )
    if (buffer.length === LINES_PER_CHUNK) {
      yield buffer.join("")
      buffer = []
    }
  }
  if (buffer.length > 0) {
    yield buffer.join("")
  }
}

export interface DetailRequest {
  withTransactions: boolean
  withKyc: boolean
  days: 90 | 365
  accountsFilter: string[] | null
}

/** GetAccountsDetail's 200, streamed: `Accounts` first, each account's Transactions first. */
export function* detailChunks(
  state: SandboxState,
  session: Session,
  request: DetailRequest,
  pull: number
): Generator<string> {
  const { login } = session
  const variants = state.variants
  const fromDay = state.clock.today() - request.days
  yield `{"HttpStatusCode":200,"Accounts":[`
  let first = true
  for (const account of accountsFor(state, login, request.accountsFilter)) {
    yield `${first ? "" : ","}{"Transactions":[`
    first = false
    if (request.withTransactions) {
      yield* transactionChunks(account, fromDay, variants, pull)
    }
    yield `],${toJson(accountFields(login, account, request.withKyc), variants.amountFormat).slice(1)}`
  }
  const tail = { ...institutionFields(login), Login: loginJson(login, variants), RequestId: session.requestId }
  const ordered = {
    InstitutionName: tail.InstitutionName,
    Login: tail.Login,
    InstitutionId: tail.InstitutionId,
    Institution: tail.Institution,
    RequestId: tail.RequestId,
  }
  yield `],${toJson(ordered, variants.amountFormat).slice(1)}`
}

import type { Day } from "../core/calendar"
import { formatIsoDate } from "../core/calendar"
import { Money } from "../core/money"
import { hashUuid, Rng } from "../core/random"
import { generateLines, type Line } from "../bank/history"
import type { SandboxState } from "../state"
import type { Account } from "../state/logins"

/** A line in Flinks' Transaction shape, for control answers. */
export function lineJson(line: Line) {
  return {
    Id: line.id,
    Date: formatIsoDate(line.day),
    Code: null,
    Description: line.description,
    Debit: line.debit === null ? null : new Money(line.debit),
    Credit: line.credit === null ? null : new Money(line.credit),
    Balance: new Money(line.balance),
  }
}

/**
 * The bank posts new lines after the last one, continuing its running balance. Flinks' copy does
 * not change: the lines show up after the next live refresh (or a background one).
 */
export function postLines(state: SandboxState, account: Account, count: number, day: Day): Line[] {
  const last = account.lines[account.lines.length - 1]
  const added = generateLines({
    rng: new Rng(state.seed, "added", account.id, account.lines.length),
    template: account.template,
    startBalance: last ? last.balance : account.template.openingCents,
    count,
    firstDay: day,
    lastDay: day,
    recurring: false,
  })
  for (const line of added) {
    account.lines.push(line)
  }
  return added
}

/**
 * Replaces the whole history with exactly `count` lines ending today, within the last 365 days so
 * that one Days365 pull returns them all. Flinks' copy is replaced too: the account has always
 * looked like this.
 */
export function rewriteHistory(state: SandboxState, account: Account, count: number): void {
  const today = state.clock.today()
  const span = Math.min(365, Math.max(1, Math.ceil(count * 1.5)))
  account.lines = generateLines({
    rng: new Rng(state.seed, "rewrite", account.id, today, count),
    template: account.template,
    startBalance: account.template.openingCents,
    count,
    firstDay: today - span + 1,
    lastDay: today,
    recurring: true,
  })
  account.visible = account.lines.length
}

/** The same line under a new Id from now on, as a bank that re-keys its transactions would do. */
export function rekey(state: SandboxState, transactionId: string): { oldId: string; newId: string } | null {
  for (const login of state.logins.all()) {
    for (const account of login.accounts ?? []) {
      const line = account.lines.find((candidate) => candidate.id === transactionId)
      if (line) {
        line.id = hashUuid("rekey", transactionId, state.seed)
        return { oldId: transactionId, newId: line.id }
      }
    }
  }
  return null
}

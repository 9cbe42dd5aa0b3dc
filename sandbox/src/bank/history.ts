import type { Day } from "../core/calendar"
import type { Rng } from "../core/random"
import type { AccountTemplate } from "./accounts"
import { PROFILES, type LineKind, type Side } from "./profiles"

/** One posted line, amounts in cents. Exactly one of debit and credit is set. */
export interface Line {
  id: string
  day: Day
  description: string
  debit: number | null
  credit: number | null
  /** Running balance after this line (what is owed, on Credits accounts). */
  balance: number
}

export interface GenerateInput {
  rng: Rng
  template: AccountTemplate
  /** Balance before the first generated line. */
  startBalance: number
  count: number
  firstDay: Day
  lastDay: Day
  /** Whether payroll, rent and fees come back on schedule (off for a handful of added lines). */
  recurring: boolean
}

function amountOf(kind: LineKind, rng: Rng): number {
  const step = kind.step ?? 1
  const low = Math.max(1, Math.ceil(kind.min / step))
  const high = Math.max(low, Math.floor(kind.max / step))
  return rng.int(low, high) * step
}

function describe(kind: LineKind, rng: Rng): string {
  const base = rng.pick(kind.descriptions)
  return kind.suffixes ? `${base} ${rng.pick(kind.suffixes)}` : base
}

function pickWeighted(kinds: readonly LineKind[], total: number, rng: Rng): LineKind {
  let target = rng.float() * total
  for (const kind of kinds) {
    target -= kind.weight
    if (target < 0) {
      return kind
    }
  }
  return kinds[kinds.length - 1]
}

/**
 * Lines in date order, oldest first, spread evenly from firstDay to lastDay. Work is linear in
 * `count`, so a 100,000-line history takes a fraction of a second.
 */
export function generateLines(input: GenerateInput): Line[] {
  const { rng, template, count, firstDay, lastDay } = input
  const profile = PROFILES[template.profile]
  const owed = template.category === "Credits"
  const floor = template.category === "Operations" ? -template.overdraftCents : 0
  const limit = template.limitCents ?? Number.MAX_SAFE_INTEGER
  const totalWeight = profile.occasional.reduce((sum, kind) => sum + kind.weight, 0)
  const firstDebit = profile.occasional.find((kind) => kind.side === "debit")
  const span = lastDay - firstDay + 1
  const due = profile.recurring.map((kind) => firstDay + rng.int(0, kind.everyDays - 1))

  const lines: Line[] = new Array(count)
  let balance = input.startBalance
  for (let k = 0; k < count; k++) {
    const day = firstDay + Math.floor((k * span) / count)
    let kind: LineKind | undefined
    if (input.recurring) {
      for (let r = 0; r < due.length; r++) {
        const every = profile.recurring[r].everyDays
        // A sparse history skips missed occurrences rather than piling them up on one day.
        while (due[r] + every <= day) {
          due[r] += every
        }
        if (!kind && due[r] <= day) {
          kind = profile.recurring[r]
          due[r] += every
        }
      }
    }
    kind ??= pickWeighted(profile.occasional, totalWeight, rng)
    let side: Side = kind.side
    let amount = amountOf(kind, rng)
    let description = describe(kind, rng)

    if (!owed && side === "debit" && balance - amount < floor) {
      side = "credit"
      description = describe(profile.rescue, rng)
    } else if (owed && side === "debit" && balance + amount > limit) {
      side = "credit"
      description = describe(profile.rescue, rng)
      amount = Math.min(amount, balance)
    } else if (owed && side === "credit" && amount > balance) {
      if (balance > 0) {
        amount = balance
      } else if (firstDebit) {
        side = "debit"
        description = describe(firstDebit, rng)
      }
    }
    if (amount <= 0) {
      // Only reachable on a Credits account owing nothing with no debit kind: a token purchase.
      side = "debit"
      amount = 100
    }

    const raises = owed ? side === "debit" : side === "credit"
    balance += raises ? amount : -amount
    lines[k] = {
      id: rng.uuid(),
      day,
      description,
      debit: side === "debit" ? amount : null,
      credit: side === "credit" ? amount : null,
      balance,
    }
  }
  return lines
}

/** The balance change a line makes on this account. */
export function signedAmount(template: AccountTemplate, line: Line): number {
  const owed = template.category === "Credits"
  const credit = line.credit ?? 0
  const debit = line.debit ?? 0
  return owed ? debit - credit : credit - debit
}

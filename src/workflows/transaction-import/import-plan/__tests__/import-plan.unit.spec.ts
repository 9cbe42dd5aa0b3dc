import { FlinksAccount, FlinksTransaction } from "../../../../lib/flinks"
import { findBalanceGaps } from "../balance-gaps"
import { planAccountImport } from "../plan-account-import"
import { summarizeStatement } from "../statement-summary"
import { earliestLineDate } from "../transaction-window"

function line(
  id: string,
  date: string,
  amount: string,
  balance: string | null,
  description = "Card purchase"
): FlinksTransaction {
  const debit = amount.startsWith("-") ? amount.slice(1) : null
  return {
    providerTransactionId: id,
    providerAccountId: "acct",
    date,
    description,
    debit,
    credit: debit ? null : amount,
    balance,
    raw: {},
  }
}

const noneKnown = { knownProviderIds: new Set<string>(), knownFingerprints: new Set<string>() }

describe("planning an account's import", () => {
  const lines = [
    line("c", "2026-11-03", "-4.50", "95.60"),
    line("b", "2026-11-02", "0.10", "100.10"),
    line("a", "2026-10-30", "100.00", "100.00", "Payroll"),
  ]

  it("keeps lines from the start date on, oldest first", () => {
    const plan = planAccountImport({ bankAccountId: "bacct_1", lines, startDate: "2026-11-01", ...noneKnown })
    expect(plan.toInsert.map((l) => l.providerTransactionId)).toEqual(["b", "c"])
    expect(plan).toMatchObject({ fetched: 3, beforeStart: 1, duplicates: 0, rekeyed: 0 })
  })

  it("hands each new line over under the banking module's names, the same object", () => {
    const plan = planAccountImport({ bankAccountId: "bacct_1", lines, startDate: "2026-11-01", ...noneKnown })
    expect(plan.toInsert.map((l) => l.provider_transaction_id)).toEqual(["b", "c"])
    expect(plan.toInsert[0]).toBe(lines[1])
    expect(plan.toInsert[0].fingerprint).toEqual(expect.any(String))
  })

  it("imports nothing twice, even when Flinks gives a line a new id", () => {
    const first = planAccountImport({ bankAccountId: "bacct_1", lines, startDate: "2026-10-01", ...noneKnown })
    const rekeyed = [{ ...lines[0], providerTransactionId: "c-new-id" }, lines[1], lines[2]]
    const second = planAccountImport({
      bankAccountId: "bacct_1",
      lines: rekeyed,
      startDate: "2026-10-01",
      knownProviderIds: new Set(first.toInsert.map((l) => l.providerTransactionId)),
      knownFingerprints: new Set(first.toInsert.map((l) => l.fingerprint)),
    })
    expect(second.toInsert).toEqual([])
    expect(second).toMatchObject({ duplicates: 2, rekeyed: 1 })
  })

  it("keeps two identical lines of one day as two lines", () => {
    const twice = [line("x1", "2026-11-02", "-3.00", null, "Coffee"), line("x2", "2026-11-02", "-3.00", null, "Coffee")]
    const plan = planAccountImport({ bankAccountId: "bacct_1", lines: twice, startDate: "2026-11-01", ...noneKnown })
    expect(plan.toInsert).toHaveLength(2)
    expect(new Set(plan.toInsert.map((l) => l.fingerprint)).size).toBe(2)
  })
})

describe("a statement's header", () => {
  it("adds up exactly and derives the opening balance", () => {
    const plan = planAccountImport({
      bankAccountId: "bacct_1",
      lines: [
        line("a", "2026-11-01", "0.10", "10.10"),
        line("b", "2026-11-02", "0.20", "10.30"),
        line("c", "2026-11-03", "-0.30", "10.00"),
      ],
      startDate: "2026-11-01",
      ...noneKnown,
    })
    expect(summarizeStatement(plan.toInsert)).toEqual({
      period_start: "2026-11-01",
      period_end: "2026-11-03",
      opening_balance: "10",
      closing_balance: "10.00",
      total_debits: "0.3",
      total_credits: "0.3",
      transaction_count: 3,
    })
  })
})

describe("running balance continuity", () => {
  it("reports where a line is missing, and nothing when the balances follow", () => {
    const complete = [line("a", "2026-11-01", "5.00", "15.00"), line("b", "2026-11-02", "-2.50", "12.50")]
    expect(findBalanceGaps(complete, { balance: "10.00" })).toEqual([])
    const missing = [line("a", "2026-11-01", "5.00", "15.00"), line("c", "2026-11-03", "-1.00", "9.00")]
    expect(findBalanceGaps(missing, { balance: "10.00" })).toEqual([{ date: "2026-11-03", expected: "14", found: "9" }])
  })
})

describe("the window an import saw", () => {
  it("starts at the earliest line of any account, and nowhere without lines", () => {
    const account = (lines: FlinksTransaction[]) => ({ transactions: lines }) as FlinksAccount
    const accounts = [
      account([line("a", "2026-11-03", "1.00", null)]),
      account([line("b", "2026-11-01", "1.00", null), line("c", "2026-10-30", "1.00", null)]),
    ]
    expect(earliestLineDate(accounts)).toBe("2026-10-30")
    expect(earliestLineDate([account([])])).toBeNull()
  })
})

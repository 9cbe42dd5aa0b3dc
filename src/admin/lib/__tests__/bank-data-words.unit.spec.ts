import { refreshOutcome as feedRefreshOutcome } from "../../components/feeds/labels"
import { refreshOutcome } from "../../components/statement-centre/refresh-words"
import {
  bankDataAge,
  bankDataLines,
  formatBankDataMoment,
  runBankDataSuffix,
  unansweredWords,
  wasUnanswered,
} from "../bank-data-words"
import { runPhaseWords } from "../sync-run-words"

// Pinned, so that the words do not depend on the machine running the tests.
const now = new Date("2026-12-02T10:30:00Z")
const options = { locale: "en-US", timeZone: "UTC", now }

const imported = {
  status: "imported" as const,
  fetched: 12,
  inserted: 3,
  duplicates: 9,
  skipped: 0,
  possible_gaps: 0,
  code: null,
  message: null,
}
const live = { sign_in: "live" as const, question: "answered" as const, bank_data_as_of: "2026-12-02T10:04:00Z" }
const declined = { sign_in: "live" as const, question: "declined" as const, bank_data_as_of: "2026-11-30T09:12:00Z" }
const unansweredSync = {
  ...imported,
  inserted: 0,
  code: "mfa_required",
  message: "Your bank is asking for a verification.",
}

describe("how old the bank data is, in words", () => {
  it("names the moment in the merchant's zone, with the year only when it is not this year's", () => {
    expect(formatBankDataMoment(new Date("2026-12-02T10:04:00Z"), options)).toBe("Dec 2, 10:04 AM")
    expect(formatBankDataMoment(new Date("2025-12-30T09:12:00Z"), options)).toBe("Dec 30, 2025, 9:12 AM")
    // A real instant: Montreal sees it five hours earlier, on its own calendar day.
    expect(formatBankDataMoment(new Date("2026-12-02T03:00:00Z"), { ...options, timeZone: "America/Montreal" })).toBe(
      "Dec 1, 10:00 PM"
    )
  })

  it("says its age in whole minutes, hours, then days", () => {
    expect(bankDataAge(new Date("2026-12-02T10:29:40Z"), options)).toBe("less than a minute old")
    expect(bankDataAge(new Date("2026-12-02T10:29:00Z"), options)).toBe("1 minute old")
    expect(bankDataAge(new Date("2026-12-02T05:00:00Z"), options)).toBe("5 hours old")
    expect(bankDataAge(new Date("2026-11-30T11:00:00Z"), options)).toBe("47 hours old")
    expect(bankDataAge(new Date("2026-11-30T09:12:00Z"), options)).toBe("2 days old")
    // A clock a little behind the server's is not "-1 minutes old".
    expect(bankDataAge(new Date("2026-12-02T10:31:00Z"), options)).toBe("less than a minute old")
  })

  it("shows recent data by its date, stale data with its age and the warning, unknown data as unknown", () => {
    expect(bankDataLines({ as_of: "2026-12-02T10:04:00Z", stale: false, stale_after_hours: 24 }, options)).toEqual({
      asOf: "Bank data as of Dec 2, 10:04 AM",
      stale: null,
      staleHeadline: null,
    })
    expect(bankDataLines({ as_of: "2026-11-30T09:12:00Z", stale: true, stale_after_hours: 24 }, options)).toEqual({
      asOf: "Bank data as of Nov 30, 9:12 AM (2 days old)",
      stale:
        "Older than 24 hours: your bank has not been reached since then. Refresh Transactions signs in at the bank for today's lines.",
      staleHeadline: "Older than 24 hours",
    })
    expect(
      bankDataLines(
        { as_of: "2026-12-01T09:00:00Z", stale: true, stale_after_hours: 1 },
        { ...options, action: "Refresh" }
      ).stale
    ).toBe(
      "Older than 1 hour: your bank has not been reached since then. Refresh signs in at the bank for today's lines."
    )
    expect(bankDataLines({ as_of: null, stale: true, stale_after_hours: 24 }, options)).toEqual({
      asOf: "Bank data date unknown",
      stale: null,
      staleHeadline: null,
    })
  })

  it("tells an unanswered question apart from a schedule that found the bank asking", () => {
    expect(wasUnanswered("mfa_required", declined)).toBe(true)
    expect(wasUnanswered("mfa_required", { ...declined, question: null })).toBe(true)
    expect(wasUnanswered("mfa_required", { sign_in: "cached", question: null, bank_data_as_of: null })).toBe(false)
    expect(wasUnanswered(null, declined)).toBe(false)
    expect(unansweredWords({ ...declined, bank_data_as_of: null }, options)).toBe(
      "Your bank's question was not answered, so this is Flinks' copy, of unknown date."
    )
    expect(runBankDataSuffix(live, options)).toBe("bank data as of Dec 2, 10:04 AM")
    expect(runBankDataSuffix({ ...live, bank_data_as_of: null }, options)).toBeNull()
    // A link's first import reads Flinks' copy: the feed's own line says how old, not the outcome.
    expect(runBankDataSuffix({ ...live, sign_in: "cached" }, options)).toBeNull()
  })
})

describe("a refresh's outcome says what came and how fresh it is", () => {
  it("on the Statement Centre", () => {
    expect(refreshOutcome(imported, live, options)).toEqual({
      kind: "imported",
      message: "3 new lines, 9 duplicates · bank data as of Dec 2, 10:04 AM",
      detail: null,
    })
    expect(refreshOutcome(unansweredSync, declined, options)).toEqual({
      kind: "unanswered",
      message:
        "0 new lines. Your bank's question was not answered, so this is Flinks' copy from Nov 30, 9:12 AM (2 days old).",
      detail: "Refresh Transactions again to answer it and bring in today's lines.",
    })
    // The schedule's run (cached) still sends the merchant to Edit Credentials.
    expect(
      refreshOutcome(unansweredSync, { sign_in: "cached", question: null, bank_data_as_of: null }, options)
    ).toMatchObject({ kind: "mfa" })
  })

  it("on Link Bank Feeds", () => {
    expect(feedRefreshOutcome(imported, live, options)).toEqual({
      ok: true,
      message: "3 new transactions · bank data as of Dec 2, 10:04 AM",
    })
    expect(feedRefreshOutcome(unansweredSync, declined, options)).toEqual({
      ok: false,
      message:
        "No new transactions. Your bank's question was not answered, so this is Flinks' copy from Nov 30, 9:12 AM (2 days old).",
    })
  })

  it("follows the bank's question in the progress line", () => {
    const run = { kind: "import" as const, lines_to_write: null }
    expect(runPhaseWords({ ...run, phase: "waiting_for_answer", question: "asked" }, "Flinks Capital")).toBe(
      "Flinks Capital is asking a question"
    )
    expect(runPhaseWords({ ...run, phase: "waiting_for_flinks", question: "answered" }, "Flinks Capital")).toBe(
      "Reading the fresh data…"
    )
    expect(runPhaseWords({ ...run, phase: "signing_in", question: "answered" }, "Flinks Capital")).toBe(
      "Reading the fresh data…"
    )
    expect(runPhaseWords({ ...run, phase: "waiting_for_flinks", question: "declined" }, "Flinks Capital")).toBe(
      "Reading what Flinks already holds…"
    )
    expect(runPhaseWords({ ...run, phase: "waiting_for_flinks", question: null }, "Flinks Capital")).toBe(
      "Waiting for Flinks to prepare the data…"
    )
  })
})

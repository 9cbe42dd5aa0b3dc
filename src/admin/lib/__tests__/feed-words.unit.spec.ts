import { addDays, todayIn } from "../../../lib/calendar-date"
import { linkOutcome, refreshOutcome } from "../../components/feeds/labels"
import { lastAttemptLabel } from "../../components/manage-accounts/labels"
import { historyLimitHint, startDateProblem } from "../../components/feeds/start-date"
import { lastSyncWords } from "../last-sync-words"

const imported = {
  status: "imported" as const,
  fetched: 3,
  inserted: 3,
  duplicates: 0,
  skipped: 0,
  possible_gaps: 0,
  code: null,
  message: null,
}

describe("Link Bank Feeds in words", () => {
  it("shows Importing only while the server says the run is in progress", () => {
    expect(lastSyncWords({ status: "running", in_progress: true })).toEqual({ label: "Importing", color: "blue" })
    expect(lastSyncWords({ status: "queued", in_progress: true }).label).toBe("Importing")
    // Its process died: the stored status still says running, the import is not going on.
    expect(lastSyncWords({ status: "running", in_progress: false }).label).toBe("Last import interrupted")
    expect(lastSyncWords({ status: "interrupted", in_progress: false }).label).toBe("Last import interrupted")
    expect(lastSyncWords({ status: "failed", in_progress: false }).label).toBe("Last import failed")
    expect(lastSyncWords({ status: "succeeded", in_progress: false }).label).toBe("Linked")
    expect(lastSyncWords(null).label).toBe("Linked")
  })

  it("says what the first import and a refresh brought, and why not", () => {
    expect(linkOutcome(imported)).toEqual({ ok: true, message: "Linked. 3 transactions imported." })
    expect(linkOutcome({ ...imported, status: "failed", inserted: 0, message: "Flinks is down." })).toEqual({
      ok: false,
      message: "Linked, but the first import failed: Flinks is down.",
    })
    expect(refreshOutcome({ ...imported, inserted: 1 })).toEqual({ ok: true, message: "1 new transaction" })
    expect(refreshOutcome({ ...imported, inserted: 0 })).toEqual({ ok: true, message: "No new transactions" })
    expect(
      refreshOutcome({
        ...imported,
        inserted: 0,
        code: "mfa_required",
        message: "Your bank is asking for a verification.",
      })
    ).toEqual({
      ok: false,
      message: "No new transactions. Your bank is asking for a verification.",
    })
  })
})

describe("Manage Added Accounts' last attempt", () => {
  const at = "2026-11-23T14:05:00.000Z"
  const run = {
    id: "run_1",
    trigger: "manual",
    started_at: at,
    finished_at: at,
    inserted_count: 0,
    error_message: null,
  }

  it("says how the last import or bank check went, and when a run's process died", () => {
    const label = (sync: Parameters<typeof lastAttemptLabel>[0]["last_sync"]) =>
      lastAttemptLabel({ last_attempt_at: at, last_sync: sync })
    expect(label({ ...run, kind: "import", status: "failed", in_progress: false })).toMatch(/ · failed$/)
    expect(label({ ...run, kind: "import", status: "running", in_progress: true })).toMatch(/ · in progress$/)
    expect(label({ ...run, kind: "import", status: "running", in_progress: false })).toMatch(/ · interrupted$/)
    expect(label({ ...run, kind: "mfa_check", status: "succeeded", in_progress: false })).toMatch(/ · bank checked$/)
    expect(label({ ...run, kind: "mfa_check", status: "queued", in_progress: true })).toMatch(
      / · bank check in progress$/
    )
    expect(label(null)).not.toContain("·")
  })
})

describe("the transaction start date", () => {
  // 2026-03-08 00:30 in Toronto, the night clocks spring forward; the merchant's day is the 8th.
  const now = new Date("2026-03-08T05:30:00Z")
  const merchantToday = todayIn(undefined, now)

  it("refuses a date the calendar lacks, and one after the merchant's today", () => {
    expect(startDateProblem("2026-02-29", now)).toBe("Enter a date written YYYY-MM-DD.")
    expect(startDateProblem("2024-02-29", now)).toBeNull()
    expect(startDateProblem(merchantToday, now)).toBeNull()
    expect(startDateProblem(addDays(merchantToday, 1), now)).toBe("The transaction start date cannot be in the future.")
  })

  it("warns from the 365th day back, naming the first date Flinks returns", () => {
    expect(historyLimitHint(addDays(merchantToday, -364), now)).toBeNull()
    expect(historyLimitHint(addDays(merchantToday, -365), now)).toBe(
      `Flinks returns at most the last 365 days: transactions before ${addDays(merchantToday, -364)} cannot be imported.`
    )
  })
})

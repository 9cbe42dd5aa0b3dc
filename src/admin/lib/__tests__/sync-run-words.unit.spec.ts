import { refreshOutcome } from "../../components/statement-centre/refresh-words"
import { elapsedWords, feedRunOutcome, runPhaseWords } from "../sync-run-words"

const imported = {
  feed_id: "feed_1",
  status: "imported" as const,
  fetched: 9,
  inserted: 7,
  duplicates: 2,
  skipped: 0,
  possible_gaps: 0,
  code: null,
  message: null,
}

describe("a run followed in words", () => {
  it("says where a run in progress is", () => {
    const run = { kind: "import" as const, lines_to_write: null }
    expect(runPhaseWords({ ...run, phase: "signing_in" }, "Flinks Capital")).toBe("Signing in to Flinks Capital…")
    expect(runPhaseWords({ ...run, phase: "waiting_for_flinks" }, "Flinks Capital")).toBe(
      "Waiting for Flinks to prepare the data…"
    )
    expect(runPhaseWords({ ...run, phase: "writing", lines_to_write: 12000 }, "Flinks Capital")).toBe(
      "Writing the new lines among 12,000 from Flinks…"
    )
    expect(runPhaseWords({ ...run, phase: "queued" }, "Flinks Capital")).toBe("Starting…")
    expect(runPhaseWords({ kind: "mfa_check", phase: null, lines_to_write: null }, "Flinks Capital")).toBe(
      "Asking Flinks Capital…"
    )
  })

  it("counts the seconds, then the minutes", () => {
    expect(elapsedWords(0)).toBe("0 s")
    expect(elapsedWords(59.9)).toBe("59 s")
    expect(elapsedWords(125)).toBe("2 min 05 s")
  })

  it("takes the feed's own result from the run", () => {
    const run = {
      status: "partial" as const,
      code: "import_failed",
      message: "Another feed failed.",
      feeds: [imported],
    }
    const outcome = feedRunOutcome(run, "feed_1")
    expect(outcome).toEqual({
      status: "imported",
      fetched: 9,
      inserted: 7,
      duplicates: 2,
      skipped: 0,
      possible_gaps: 0,
      code: null,
      message: null,
    })
    expect(refreshOutcome(outcome)).toEqual({ kind: "imported", message: "7 new lines, 2 duplicates", detail: null })
  })

  it("gives the run's reason to a feed the run never reached", () => {
    const failed = feedRunOutcome(
      { status: "failed", code: "busy", message: "An earlier import has not let go yet.", feeds: [] },
      "feed_1"
    )
    expect(failed).toMatchObject({
      status: "failed",
      code: "busy",
      message: "An earlier import has not let go yet.",
      inserted: 0,
    })
    expect(refreshOutcome(failed)).toMatchObject({ kind: "failed", message: "An earlier import has not let go yet." })
    // Its process died before the sweep closed it: no reason recorded yet.
    const dead = feedRunOutcome({ status: "running", code: null, message: null, feeds: [] }, "feed_1")
    expect(dead).toMatchObject({ status: "failed", code: "interrupted" })
    expect(dead.message).toContain("stopped before it finished")
  })

  it("keeps the bank's question as the way forward when what Flinks held was imported", () => {
    const pending = {
      ...imported,
      inserted: 0,
      duplicates: 9,
      code: "mfa_required",
      message: "Your bank is asking for a verification.",
    }
    expect(
      refreshOutcome(
        feedRunOutcome({ status: "succeeded", code: "mfa_required", message: null, feeds: [pending] }, "feed_1")
      )
    ).toEqual({
      kind: "mfa",
      message: "Your bank is asking for a verification.",
      detail: null,
    })
  })
})

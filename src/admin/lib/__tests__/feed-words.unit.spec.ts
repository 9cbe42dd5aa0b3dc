import { linkOutcome, refreshOutcome } from "../../components/feeds/labels"
import { lastSyncWords } from "../last-sync-words"

const imported = { status: "imported" as const, fetched: 3, inserted: 3, duplicates: 0, skipped: 0, possible_gaps: 0, code: null, message: null }

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
    expect(refreshOutcome({ ...imported, inserted: 0, code: "mfa_required", message: "Your bank is asking for a verification." })).toEqual({
      ok: false,
      message: "No new transactions. Your bank is asking for a verification.",
    })
  })
})

import { connectionHealth, REFRESH_STALE_AFTER_MS } from "../connection-health"

describe("connectionHealth", () => {
  const now = new Date("2026-11-23T12:00:00Z")
  const startedAgo = (ms: number) => new Date(now.getTime() - ms)

  it("reads the connection's status, with its reason unless active", () => {
    expect(connectionHealth({ status: "active", status_reason: "old" }, null, now)).toEqual({ state: "active", reason: null })
    expect(connectionHealth({ status: "mfa_required", status_reason: "asks" }, null, now)).toEqual({
      state: "mfa_required",
      reason: "asks",
    })
  })

  it("shows an import in progress as refreshing, but not one that crashed long ago", () => {
    const connection = { status: "error", status_reason: "failed" }
    expect(connectionHealth(connection, { status: "running", started_at: startedAgo(60_000) }, now).state).toBe("refreshing")
    expect(connectionHealth(connection, { status: "running", started_at: startedAgo(REFRESH_STALE_AFTER_MS + 1) }, now)).toEqual({
      state: "error",
      reason: "failed",
    })
  })

  it("never calls an unknown status healthy", () => {
    expect(connectionHealth({ status: "disconnected", status_reason: null }, null, now).state).toBe("error")
  })
})

import { connectionHealth } from "../connection-health"

describe("connectionHealth", () => {
  const now = new Date("2026-11-23T12:00:00Z")
  const ago = (ms: number) => new Date(now.getTime() - ms)
  const LEASE = 60

  it("reads the connection's status, with its reason unless active", () => {
    expect(connectionHealth({ status: "active", status_reason: "old" }, null, LEASE, now)).toEqual({
      state: "active",
      reason: null,
    })
    expect(connectionHealth({ status: "mfa_required", status_reason: "asks" }, null, LEASE, now)).toEqual({
      state: "mfa_required",
      reason: "asks",
    })
  })

  it("shows a run in progress as refreshing while its process beats, not once it stopped beating", () => {
    const connection = { status: "error", status_reason: "failed" }
    const running = (heartbeatAgo: number) => ({
      kind: "import",
      status: "running",
      started_at: ago(600_000),
      heartbeat_at: ago(heartbeatAgo),
    })
    expect(connectionHealth(connection, running(5_000), LEASE, now)).toEqual({
      state: "refreshing",
      reason: "Importing transactions now.",
    })
    expect(connectionHealth(connection, running(LEASE * 1000 + 1), LEASE, now)).toEqual({
      state: "error",
      reason: "failed",
    })
  })

  it("says what a bank check in progress does", () => {
    const check = { kind: "mfa_check", status: "running", started_at: ago(1_000), heartbeat_at: ago(1_000) }
    expect(connectionHealth({ status: "active", status_reason: null }, check, LEASE, now).reason).toBe(
      "Asking the bank now."
    )
  })

  it("never calls an unknown status healthy", () => {
    expect(connectionHealth({ status: "disconnected", status_reason: null }, null, LEASE, now).state).toBe("error")
  })
})

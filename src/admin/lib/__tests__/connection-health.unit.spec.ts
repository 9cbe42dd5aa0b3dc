import { connectionHealth, HEALTH_WORDS } from "../connection-health"

describe("a connection's health as shown", () => {
  it("is the server's judgement, reason included", () => {
    const health = { state: "mfa_required" as const, reason: "Your bank asks a question." }
    expect(connectionHealth({ status: "mfa_required", status_reason: null, health })).toEqual(health)
  })

  it("has words for every state", () => {
    expect(Object.values(HEALTH_WORDS).map((words) => words.label)).toEqual([
      "Active",
      "Refreshing",
      "MFA required",
      "Credentials invalid",
      "Bank unavailable",
      "Error",
    ])
  })

  it("falls back on the stored status without a health, and never shows an unknown one as healthy", () => {
    expect(connectionHealth({ status: "active", status_reason: null })).toEqual({ state: "active", reason: null })
    expect(connectionHealth({ status: "credentials_invalid", status_reason: "Wrong password." })).toEqual({
      state: "credentials_invalid",
      reason: "Wrong password.",
    })
    expect(connectionHealth({ status: "something-new", status_reason: null })).toEqual({
      state: "error",
      reason: 'Unknown status "something-new".',
    })
    expect(
      connectionHealth({ status: "active", status_reason: null, health: { state: "bogus", reason: null } as never })
        .state
    ).toBe("active")
  })
})

import { checkOutcomeWords } from "../check-outcome"

describe("what Check Now says", () => {
  it("says the bank took the saved sign-in", () => {
    expect(checkOutcomeWords({ outcome: "active", notified: false }, 2)).toEqual({
      tone: "success",
      message: "Your bank accepted the saved sign-in.",
    })
  })

  it("says the recipients were emailed the first time the bank asks, and already told afterwards", () => {
    expect(checkOutcomeWords({ outcome: "mfa", notified: true }, 2).message).toBe(
      "Your bank asks for a verification. The MFA notification recipients were emailed a link."
    )
    expect(checkOutcomeWords({ outcome: "mfa", notified: false }, 2).message).toBe(
      "Your bank asks for a verification. The MFA notification recipients were already told; answer with Edit Credentials."
    )
  })

  it("does not claim an email went out when no recipient is set", () => {
    expect(checkOutcomeWords({ outcome: "mfa", notified: true }, 0).message).toContain("No MFA notification recipients are set")
    // Settings still loading: the server's word stands.
    expect(checkOutcomeWords({ outcome: "mfa", notified: true }).message).toContain("were emailed a link")
  })

  it("sends the merchant to Edit Credentials when the saved sign-in no longer works", () => {
    expect(checkOutcomeWords({ outcome: "sign_in", notified: false }, 1)).toEqual({
      tone: "error",
      message: "The saved sign-in no longer works: use Edit Credentials.",
    })
  })
})

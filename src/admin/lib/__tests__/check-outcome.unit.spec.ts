import { checkOutcomeWords } from "../check-outcome"

type Outcome = "active" | "mfa" | "sign_in" | "fault"

function ended(outcome: Outcome | null, message: string | null, notified = false) {
  return {
    message,
    check: outcome ? { outcome, mfa_request_id: outcome === "mfa" ? "mfareq_1" : null, notified } : null,
  }
}

describe("what Check Now says once its run ended", () => {
  it("says what the server says when the bank took the saved sign-in", () => {
    expect(
      checkOutcomeWords(ended("active", "Your bank let the saved sign-in in: the connection is active."), 2)
    ).toEqual({
      tone: "success",
      message: "Your bank let the saved sign-in in: the connection is active.",
    })
  })

  it("says the recipients were emailed the first time the bank asks, and already told afterwards", () => {
    expect(checkOutcomeWords(ended("mfa", "Your bank is asking for a verification.", true), 2).message).toBe(
      "Your bank asks for a verification. The MFA notification recipients were emailed a link."
    )
    expect(checkOutcomeWords(ended("mfa", "Your bank is asking for a verification.", false), 2).message).toBe(
      "Your bank asks for a verification. The MFA notification recipients were already told; answer with Edit Credentials."
    )
  })

  it("does not claim an email went out when no recipient is set", () => {
    expect(checkOutcomeWords(ended("mfa", null, true), 0).message).toContain("No MFA notification recipients are set")
    // Settings still loading: the server's word stands.
    expect(checkOutcomeWords(ended("mfa", null, true)).message).toContain("were emailed a link")
  })

  it("sends the merchant to Edit Credentials when the saved sign-in no longer works", () => {
    expect(
      checkOutcomeWords(
        ended("sign_in", "Your bank no longer accepts the saved sign-in. Use Edit Credentials to sign in again."),
        1
      )
    ).toEqual({
      tone: "error",
      message: "Your bank no longer accepts the saved sign-in. Use Edit Credentials to sign in again.",
    })
    expect(checkOutcomeWords(ended("sign_in", null), 1).message).toBe(
      "The saved sign-in no longer works: use Edit Credentials."
    )
  })

  it("gives the fault's reason when the bank or Flinks could not answer", () => {
    expect(checkOutcomeWords(ended("fault", "Your bank cannot be reached right now. Try again later."), 1)).toEqual({
      tone: "error",
      message: "Your bank cannot be reached right now. Try again later.",
    })
  })

  it("says the check did not finish when the run ended without the bank's answer", () => {
    expect(
      checkOutcomeWords(
        ended(null, "The import stopped before it finished; the next run picks up from what was saved.")
      )
    ).toEqual({
      tone: "error",
      message: "The import stopped before it finished; the next run picks up from what was saved.",
    })
    expect(checkOutcomeWords(ended(null, null)).message).toBe(
      "The check stopped before your bank answered. Try again in a few minutes."
    )
  })
})

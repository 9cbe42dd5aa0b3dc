import { readConnectEvent, readRedirect } from "../flinks-connect-events"
import { connectFailure } from "../flinks-connect-failures"
import { formatMoney } from "../format-money"

describe("reading what Flinks Connect posts", () => {
  it("reads an event sent as an object or as a JSON string, and nothing else", () => {
    expect(readConnectEvent({ step: "APP_MOUNTED" })?.step).toBe("APP_MOUNTED")
    expect(readConnectEvent('{"step":"REDIRECT","loginId":"abc"}')?.data.loginId).toBe("abc")
    expect(readConnectEvent("not json")).toBeNull()
    expect(readConnectEvent({ type: "webpackOk" })).toBeNull()
    expect(readConnectEvent(null)).toBeNull()
  })

  it("takes the login from REDIRECT's fields, with comma-separated or array account ids", () => {
    expect(
      readRedirect({ step: "REDIRECT", loginId: "L1", accountId: "a, b", requestId: "R", institution: "FlinksCapital" })
    ).toEqual({
      loginId: "L1",
      accountIds: ["a", "b"],
      requestId: "R",
      institution: "FlinksCapital",
    })
    expect(readRedirect({ loginId: "L1", accountId: ["a", "b"] })?.accountIds).toEqual(["a", "b"])
  })

  it("falls back on the redirect url's query when the event leaves fields out", () => {
    const url = "https://store.example/flinks/redirect?state=s&loginId=L2&institution=FlinksCapital&tag=s&accountId=x,y"
    expect(readRedirect({ step: "REDIRECT", url })).toEqual({
      loginId: "L2",
      accountIds: ["x", "y"],
      requestId: undefined,
      institution: "FlinksCapital",
    })
  })

  it("reports no login when REDIRECT names none", () => {
    expect(readRedirect({ step: "REDIRECT" })).toBeNull()
    expect(readRedirect({ step: "REDIRECT", url: "not a url" })).toBeNull()
  })
})

describe("the widget's failures in the merchant's words", () => {
  it("keeps the widget for a wrong password or answer, and ends it for a disabled login", () => {
    expect(connectFailure("INVALID_PASSWORD", null)).toEqual({
      message: "Your bank did not accept the username or password. Check them and try again.",
      ends: false,
    })
    expect(connectFailure("INVALID_SECURITY_RESPONSE", null)?.ends).toBe(false)
    expect(connectFailure("DISABLED_LOGIN", null)?.ends).toBe(true)
    expect(connectFailure("SESSION_NONEXISTENT", null)?.message).toBe(
      "This sign-in took too long and has expired. Start again."
    )
  })

  it("words too many tries after the failure they follow", () => {
    expect(connectFailure("MAXIMUM_RETRY_REACHED", "INVALID_PASSWORD")?.message).toMatch(/username or password/)
    expect(connectFailure("MAXIMUM_RETRY_REACHED", "INVALID_SECURITY_RESPONSE")?.message).toMatch(/security question/)
  })

  it("ignores the steps that are not failures", () => {
    expect(connectFailure("COMPONENT_LOAD_MFA", null)).toBeUndefined()
  })
})

describe("balances", () => {
  it("are shown with their currency, from a string or a number", () => {
    expect(formatMoney("1050.75", "cad")).toMatch(/1,050\.75/)
    expect(formatMoney(12.3, "USD")).toMatch(/12\.30/)
    expect(formatMoney(null, "CAD")).toBe("—")
    expect(formatMoney("5", "XXXX")).toBe("5 XXXX")
  })
})

import { keptLinesPath, notLinkedLabel } from "../../components/manage-accounts/labels"

describe("an account with no feed, in words", () => {
  it("says its imported lines are kept", () => {
    expect(notLinkedLabel(42)).toBe("Not linked · 42 lines kept")
    expect(notLinkedLabel(1)).toBe("Not linked · 1 line kept")
    expect(notLinkedLabel(0)).toBe("Not linked")
  })

  it("opens the Statement Centre at that feed, among the unlinked ones", () => {
    expect(keptLinesPath("bfeed_01ABC")).toBe("/banking/statements?feed=bfeed_01ABC&feeds=unlinked")
  })
})

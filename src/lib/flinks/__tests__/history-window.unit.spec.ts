import { FlinksClient } from "../client"
import { daysOfTransactionsSince, FLINKS_HISTORY_DAYS } from "../history-window"
import { CONFIG, FakeFlinks, REQUEST_ID, fastOptions } from "./fake-flinks"

describe("how far back the client asks Flinks", () => {
  it.each([
    ["2026-12-02", "2026-12-02", "Days90"],
    ["2026-09-05", "2026-12-02", "Days90"],
    ["2026-09-04", "2026-12-02", "Days365"],
    ["2025-12-02", "2026-12-02", "Days365"],
    // 2024 is a leap year: 29 February is one of the 89 days, not skipped by a time zone.
    ["2024-01-03", "2024-04-01", "Days365"],
    ["2024-01-04", "2024-04-01", "Days90"],
  ])("asks for the lines since %s on %s with %s", (since, today, window) => {
    expect(daysOfTransactionsSince(since, today)).toBe(window)
  })

  it("knows Flinks keeps a year of history", () => {
    expect(FLINKS_HISTORY_DAYS).toBe(365)
  })

  it("sends the window it picked for a start date, with the transactions", async () => {
    const fake = new FakeFlinks().on("GetAccountsDetail", {
      status: 200,
      json: { HttpStatusCode: 200, RequestId: REQUEST_ID, Institution: "FlinksCapital", Accounts: [] },
    })
    await new FlinksClient(CONFIG, fastOptions(fake).options).getAccountsSince(REQUEST_ID, {
      since: "2026-01-15",
      today: "2026-12-02",
      accountIds: ["acc-1"],
    })
    expect(fake.callsTo("GetAccountsDetail")[0].body).toMatchObject({
      WithTransactions: true,
      DaysOfTransactions: "Days365",
      AccountsFilter: ["acc-1"],
    })
  })
})

import { randomBytes } from "node:crypto"
import { parseBankingOptions } from "../options"

const toolbox = {
  baseUrl: "https://toolbox-api.private.fin.ag",
  connectUrl: "https://toolbox-iframe.private.fin.ag/v2/",
  customerId: "43387ca6-0391-4c82-857d-70d95f087ecb",
  secretKey: "c4569c54-e167-4d34-8de6-f4113bc82414",
  apiKey: "3d5266a8-b697-48d4-8de6-52e2e2662acc",
}

describe("plugin options", () => {
  it("accepts either Flinks instance alone, and none at all", () => {
    expect(parseBankingOptions({ flinks: { "flinks-ca": toolbox } }, "development").flinks["flinks-us"]).toBeUndefined()
    expect(parseBankingOptions({ flinks: { "flinks-us": toolbox } }, "development").flinks["flinks-us"]).toEqual({
      ...toolbox,
      scheduledRefresh: false,
    })
    expect(parseBankingOptions(undefined, "development").flinks).toEqual({})
  })

  it("names the wrong field of an instance", () => {
    expect(() =>
      parseBankingOptions({ flinks: { "flinks-ca": { ...toolbox, baseUrl: "not a url" } } }, "development")
    ).toThrow(/flinks\.flinks-ca\.baseUrl/)
    expect(() =>
      parseBankingOptions({ flinks: { "flinks-ca": { ...toolbox, apiKey: undefined } } }, "development")
    ).toThrow(/flinks\.flinks-ca\.apiKey/)
  })

  it("refuses an instance name other than flinks-ca and flinks-us", () => {
    expect(() => parseBankingOptions({ flinks: { "flinks-uk": toolbox } }, "development")).toThrow(/flinks-uk/)
  })

  it("stops a production server that has no encryption key, saying how to make one", () => {
    expect(() => parseBankingOptions({}, "production")).toThrow(
      /`encryptionKey` is required when NODE_ENV is "production".*randomBytes\(32\)/
    )
  })

  it("refuses a short encryption key, saying how long it must be", () => {
    expect(() => parseBankingOptions({ encryptionKey: "short" }, "production")).toThrow(
      /32 random bytes written as base64 \(44 characters\) or hex \(64 characters\).*5 characters long/
    )
  })

  it("accepts a 32-byte key written as base64 or hex", () => {
    const key = randomBytes(32)
    expect(parseBankingOptions({ encryptionKey: key.toString("base64") }, "production").encryptionKey.equals(key)).toBe(
      true
    )
    expect(parseBankingOptions({ encryptionKey: key.toString("hex") }, "production").encryptionKey.equals(key)).toBe(
      true
    )
  })

  it("runs the demo and the tests without a key", () => {
    expect(parseBankingOptions({}, "development").encryptionKey).toHaveLength(32)
    expect(parseBankingOptions({}, "test").encryptionKey).toHaveLength(32)
  })

  it("defaults the import schedule to hourly, and refuses a nonsense concurrency", () => {
    expect(parseBankingOptions({}, "development").sync).toEqual({
      schedule: "0 * * * *",
      concurrency: 2,
      flinksDeadlineMinutes: 30,
      leaseSeconds: 60,
      staleAfterHours: 24,
      answerWaitMinutes: 10,
    })
    expect(() => parseBankingOptions({ sync: { staleAfterHours: 0 } }, "development")).toThrow(/sync\.staleAfterHours/)
    expect(parseBankingOptions({ sync: { schedule: "0 * * * *" } }, "development").sync.leaseSeconds).toBe(60)
    expect(() => parseBankingOptions({ sync: { leaseSeconds: 1 } }, "development")).toThrow(/sync\.leaseSeconds/)
    expect(() => parseBankingOptions({ sync: { flinksDeadlineMinutes: 45 } }, "development")).toThrow(
      /sync\.flinksDeadlineMinutes/
    )
    expect(() => parseBankingOptions({ sync: { concurrency: 0 } }, "development")).toThrow(/sync\.concurrency/)
    expect(() => parseBankingOptions({ sync: { schedule: "hourly" } }, "development")).toThrow(
      /sync\.schedule: "hourly" is not a valid cron expression: it has 1 field/
    )
  })

  it("stops the server on a schedule cron would not run, naming the option and the reason", () => {
    expect(() => parseBankingOptions({ sync: { schedule: "99 * * * *" } }, "development")).toThrow(
      'sync.schedule: "99 * * * *" is not a valid cron expression: Constraint error, got value 99 expected range 0-59.'
    )
    expect(() => parseBankingOptions({ sync: { schedule: "0 0 * * 1-5/0" } }, "development")).toThrow(
      /sync\.schedule: "0 0 \* \* 1-5\/0" is not a valid cron expression: .*every 0/
    )
    expect(() => parseBankingOptions({ mfa: { schedule: "garbage" } }, "development")).toThrow(
      /mfa\.schedule: "garbage" is not a valid cron expression: .*five.*e\.g\. "30 \*\/6 \* \* \*", every six hours/
    )
  })

  it("names both schedules when both are wrong", () => {
    expect(() =>
      parseBankingOptions({ sync: { schedule: "0 0 * * 8" }, mfa: { schedule: "0 0 31 2 *" } }, "development")
    ).toThrow(/- sync\.schedule: .*\n- mfa\.schedule: .*never occurs/)
  })

  it("accepts names such as MON and JAN, and keeps the schedules as written", () => {
    const options = parseBankingOptions(
      { sync: { schedule: "0 0 * * MON" }, mfa: { schedule: "0 6 1 JAN *" } },
      "development"
    )
    expect(options.sync.schedule).toBe("0 0 * * MON")
    expect(options.mfa.schedule).toBe("0 6 1 JAN *")
    expect(parseBankingOptions({}, "development").mfa.schedule).toBe("30 */6 * * *")
  })

  it("offers Enhanced MFA on Flinks Canada only, and scheduled refresh nowhere unless asked", () => {
    expect(() =>
      parseBankingOptions({ flinks: { "flinks-us": { ...toolbox, enhancedMfa: true } } }, "development")
    ).toThrow(/flinks\.flinks-us\.enhancedMfa: enhancedMfa is offered by Flinks Canada only/)
    expect(
      parseBankingOptions({ flinks: { "flinks-us": { ...toolbox, enhancedMfa: false } } }, "development").flinks[
        "flinks-us"
      ]
    ).toMatchObject({
      enhancedMfa: false,
    })
    const options = parseBankingOptions(
      { flinks: { "flinks-ca": { ...toolbox, scheduledRefresh: true } } },
      "development"
    )
    expect(options.flinks["flinks-ca"]).toMatchObject({ scheduledRefresh: true })
    expect(
      parseBankingOptions({ flinks: { "flinks-ca": toolbox } }, "development").flinks["flinks-ca"]?.scheduledRefresh
    ).toBe(false)
  })

  it("reads Flinks' nightly refresh status daily at 11:00 UTC unless told otherwise, and checks the schedule at boot", () => {
    expect(parseBankingOptions({}, "development").mfa.nightlyStatusSchedule).toBe("0 11 * * *")
    expect(
      parseBankingOptions({ mfa: { nightlyStatusSchedule: "15 4 * * *" } }, "development").mfa.nightlyStatusSchedule
    ).toBe("15 4 * * *")
    expect(() => parseBankingOptions({ mfa: { nightlyStatusSchedule: "daily" } }, "development")).toThrow(
      /mfa\.nightlyStatusSchedule/
    )
  })
})

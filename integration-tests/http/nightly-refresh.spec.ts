import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FLINKS_PRIVACY_STATEMENT } from "../../src/modules/banking/privacy-statement"
import { readNightlyRefreshStatus } from "../../src/workflows"
import { loginAsAdmin } from "./helpers/admin-session"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { useMailbox } from "./helpers/mailbox"
import { testDatabaseName } from "../test-database-name"
import { bankingModuleOf } from "./helpers/banking-module"

/*
 * Flinks' scheduled (nightly) refresh, turned on for Flinks Canada only. Flinks calls the feature
 * no longer actively supported: an instance may run it, not answer its status at all, or list
 * nobody; only a login it reports stuck at the bank's question changes anything.
 */

jest.setTimeout(180_000)

Object.assign(process.env, {
  FLINKS_CA_SCHEDULED_REFRESH: "true",
  // The daily read runs when a test asks for it, never by the minute's tick in the middle of one.
  FLINKS_NIGHTLY_STATUS_SCHEDULE: "0 0 29 2 *",
})

const flinks = useFlinksSandbox()
const mail = useMailbox()

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-nightly"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    const banking = bankingModuleOf(getContainer)
    const readStatus = () => readNightlyRefreshStatus(getContainer(), new Date(), true)
    const openRequests = () =>
      banking().listMfaRequests({ connection_id: connection.id, status: ["pending", "notified"] })
    const health = async () =>
      (await api.get("/admin/banking/connections", { headers })).data.connections.find(
        (c: any) => c.id === connection.id
      ).health
    const consent = { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version }
    const connectUrlOf = async (provider: "flinks-ca" | "flinks-us") =>
      new URL(
        (await api.post("/admin/banking/connect-sessions", { provider, consent }, { headers })).data.connect_session
          .connect_url
      )

    async function connectWith(variants: Record<string, unknown>) {
      await flinks.control("variants", variants)
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
      await api.post("/admin/banking/settings", { mfa_notification_recipients: "books@example.com" }, { headers })
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      mail.clear()
      headers = (await loginAsAdmin(getContainer(), api)).headers
    })

    describe("a nightly refresh that stalls at the bank's question", () => {
      beforeEach(async () => {
        await connectWith({ nightlyRefresh: "supported", liveRefreshAsksMfa: true })
      })

      it("was asked for when the login was connected", async () => {
        const login = (await flinks.control("state")).logins.find((l: any) => l.loginId === loginId)
        expect(login.scheduledRefresh).toBe(true)
      })

      it("makes the connection MFA required and tells the recipients once, and only once", async () => {
        await flinks.control("nightly-refresh", {})

        const first = await readStatus()
        expect(first).toEqual({
          ran: true,
          instances: { "flinks-ca": "read" },
          outcomes: { [connection.id]: "mfa_required" },
        })
        expect(await health()).toMatchObject({ state: "mfa_required", reason: expect.stringMatching(/verification/) })
        const messages = await mail.waitForMessages(1)
        expect(messages).toHaveLength(1)
        expect(messages[0].to).toEqual(["books@example.com"])
        expect(messages[0].subject).toContain("Flinks Capital (Flinks Canada) is asking for a verification")
        expect(await openRequests()).toHaveLength(1)

        // The next day's read finds the same stuck login: the open episode is left as it is.
        const second = await readStatus()
        expect(second).toMatchObject({ ran: true, outcomes: { [connection.id]: "left_alone" } })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(mail.messages()).toHaveLength(1)
        expect(await openRequests()).toHaveLength(1)
      })
    })

    it("a nightly refresh the bank refuses for a changed password asks for Edit Credentials, without an email", async () => {
      await connectWith({ nightlyRefresh: "supported" })
      await flinks.control(`logins/${loginId}/change-password`, {})
      await flinks.control("nightly-refresh", {})

      expect(await readStatus()).toMatchObject({ ran: true, outcomes: { [connection.id]: "credentials_invalid" } })
      expect(await health()).toMatchObject({
        state: "credentials_invalid",
        reason: "Your bank no longer accepts the saved sign-in. Use Edit Credentials to sign in again.",
      })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(mail.messages()).toHaveLength(0)
      expect(await openRequests()).toHaveLength(0)
    })

    it.each(["absent", "empty"])(
      "an instance whose status is %s changes nothing and sends nothing",
      async (variant) => {
        await connectWith({ nightlyRefresh: variant, liveRefreshAsksMfa: true })
        await flinks.control("nightly-refresh", {})

        const tick = await readStatus()
        expect(tick).toEqual({
          ran: true,
          instances: { "flinks-ca": variant === "absent" ? "not_offered" : "read" },
          outcomes: {},
        })
        expect((await health()).state).toBe("active")
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(mail.messages()).toHaveLength(0)
        expect(await openRequests()).toHaveLength(0)
      }
    )

    describe("Connect", () => {
      it("asks Flinks Canada for Enhanced MFA and, with the option, scheduled refresh", async () => {
        const url = await connectUrlOf("flinks-ca")
        expect(url.searchParams.get("enhancedMFA")).toBe("true")
        expect(url.searchParams.get("scheduleRefresh")).toBe("true")
      })

      it("never asks Flinks USA for Enhanced MFA, nor for scheduled refresh without the option", async () => {
        const url = await connectUrlOf("flinks-us")
        expect(url.searchParams.has("enhancedMFA")).toBe(false)
        expect(url.searchParams.has("scheduleRefresh")).toBe(false)
      })

      it("asks again when Edit Credentials opens Connect at the bank's question", async () => {
        await connectWith({})
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        const { data } = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
        const url = new URL(data.connect_session.connect_url)
        expect(url.searchParams.get("requestId")).toBeTruthy()
        expect(url.searchParams.get("enhancedMFA")).toBe("true")
        expect(url.searchParams.get("scheduleRefresh")).toBe("true")
      })
    })
  },
})

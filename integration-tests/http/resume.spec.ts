import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { runMfaDetection } from "../../src/workflows"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { useMailbox } from "./helpers/mailbox"
import { linkChequingAndImport, settleFeedAnswer, waitForQuestion } from "./helpers/sync-runs"
import { testDatabaseName } from "../test-database-name"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()
const mail = useMailbox()

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-resume"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    let feed: any
    const banking = bankingModuleOf(getContainer)
    const detect = () => runMfaDetection(getContainer(), new Date(), true)
    const linkOf = (text: string) => /https?:\/\/\S+\/banking\/resume#token=([\w-]+)/.exec(text)
    const tokenOf = (text: string) => decodeURIComponent(linkOf(text)![1])
    const openRequests = () =>
      banking().listMfaRequests({ connection_id: connection.id, status: ["pending", "notified"] })
    const setRecipients = (value: string) =>
      api.post("/admin/banking/settings", { mfa_notification_recipients: value }, { headers })
    const resume = (token: string, as = headers) =>
      api.post("/admin/banking/resume-sessions", { token }, { headers: as })

    /**
     * The bank posted lines and will ask a question at the next live sign-in, and Flinks' copy is a
     * day old: the background check, which signs in live only on a stale copy, meets the question.
     */
    async function bankAsksMfaWithNewLines(count: number) {
      const [account] = await banking().listBankAccounts({ id: feed.bank_account.id })
      await flinks.control(`logins/${loginId}/accounts/${account.provider_account_id}/transactions`, { count })
      await flinks.control(`logins/${loginId}/require-mfa`, {})
      await flinks.control("rewind", { hours: 25 })
    }

    /** Refresh Transactions signs in live: when the bank asks, the run waits for the merchant. */
    async function refreshUntilAsked() {
      const { data } = await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
      await waitForQuestion(api, headers, data.sync_run)
      return data
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      mail.clear()
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
      ;({ feed } = await linkChequingAndImport(api, headers, banking(), connection, daysAgo(30)))
    })

    describe("the MFA notification recipients", () => {
      it("are saved and shown, each address checked", async () => {
        expect(
          (await api.get("/admin/banking/settings", { headers })).data.settings.mfa_notification_recipients
        ).toEqual([])
        const { data } = await setRecipients(" books@example.com, owner@example.com ,books@example.com")
        expect(data.settings.mfa_notification_recipients).toEqual(["books@example.com", "owner@example.com"])
        expect(
          (await api.get("/admin/banking/settings", { headers })).data.settings.mfa_notification_recipients
        ).toEqual(["books@example.com", "owner@example.com"])
      })

      it("refuse a bad address by name, and keep what was saved", async () => {
        await setRecipients("books@example.com")
        const refused = await fail(setRecipients("owner@example.com, bob@, not an email"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain('"bob@", "not an email" are not valid email addresses')
        expect(
          (await api.get("/admin/banking/settings", { headers })).data.settings.mfa_notification_recipients
        ).toEqual(["books@example.com"])
      })
    })

    it.each(["replace", "reject"])(
      "the whole story (Flinks %ss a second session): detected once, one email per recipient, resumed at the MFA step, the gap closed",
      async (concurrentSession) => {
        await flinks.control("variants", { concurrentSession })
        await setRecipients("books@example.com, owner@example.com")
        await bankAsksMfaWithNewLines(5)

        const first = await detect()
        expect(first.outcomes).toEqual({ [connection.id]: "mfa" })
        const messages = await mail.waitForMessages(2)
        expect(messages.flatMap((m) => m.to).sort()).toEqual(["books@example.com", "owner@example.com"])
        const [email] = messages
        expect(email.subject).toContain("Flinks Capital (Flinks Canada) is asking for a verification")
        expect(email.text).toContain("Chequing CAD")
        expect(email.text).toMatch(/Transactions after \d{4}-\d{2}-\d{2} have not been imported yet/)
        expect(linkOf(email.text)).not.toBeNull()
        expect(tokenOf(messages[0].text)).toBe(tokenOf(messages[1].text))
        const [listed] = (await api.get("/admin/banking/connections", { headers })).data.connections
        expect(listed.health.state).toBe("mfa_required")

        // The job runs again: the same episode, no second email.
        await detect()
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(mail.messages()).toHaveLength(2)
        expect(await openRequests()).toHaveLength(1)

        const { data: started } = await resume(tokenOf(email.text))
        expect(started).toMatchObject({ outcome: "connect", step: "mfa", connection: { id: connection.id } })
        expect(new URL(started.connect_session.connect_url).searchParams.get("requestId")).toBeTruthy()
        await flinks.answerQuestionAt(started.connect_session.connect_url)
        const { data: completed } = await api.post(
          "/admin/banking/connect-sessions/complete",
          { state: started.connect_session.state, login_id: loginId },
          { headers }
        )
        expect(completed.connection).toMatchObject({ id: connection.id, health: { state: "active" } })
        expect(await openRequests()).toHaveLength(0)

        const refreshed = await settleFeedAnswer(
          api,
          headers,
          (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
        )
        expect(refreshed.sync).toMatchObject({ status: "imported", inserted: 5, possible_gaps: 0 })
        const again = await settleFeedAnswer(
          api,
          headers,
          (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
        )
        expect(again.sync!.inserted).toBe(0)

        const reused = await fail(resume(tokenOf(email.text)))
        expect(reused.status).toBe(400)
        expect(reused.data.message).toMatch(/already resumed/)
      }
    )

    it("reminds at most once per reminder interval, with a new link that replaces the old one", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [first] = await mail.waitForMessages(1)
      const [request] = await openRequests()
      await banking().updateMfaRequests({ id: request.id, notified_at: new Date(Date.now() - 25 * 3_600_000) })

      await detect()
      const messages = await mail.waitForMessages(2)
      expect(messages[1].subject).toMatch(/^Reminder: /)
      expect((await fail(resume(tokenOf(first.text)))).status).toBe(404)
      expect((await resume(tokenOf(messages[1].text))).data.outcome).toBe("connect")
    })

    it("answering through Edit Credentials ends the episode too, and its link", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [email] = await mail.waitForMessages(1)
      const { data: started } = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
      await flinks.answerQuestionAt(started.connect_session.connect_url)
      await api.post(
        "/admin/banking/connect-sessions/complete",
        { state: started.connect_session.state, login_id: loginId },
        { headers }
      )
      expect(await openRequests()).toHaveLength(0)
      expect((await fail(resume(tokenOf(email.text)))).data.message).toMatch(/already resumed/)
    })

    it("a refresh that meets the unanswered question says so, and the recipients are told", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(2)
      // A live refresh elsewhere (Flinks' own nightly one, say) met the question and nobody answered.
      await flinks
        .client("CA")
        .authorizeLive(loginId)
        .catch(() => null)

      // Refresh signs in live and the bank asks again; the merchant closes the question.
      const asked = await refreshUntilAsked()
      await api.post(`/admin/banking/sync-runs/${asked.sync_run.id}/question/decline`, {}, { headers })
      const data = await settleFeedAnswer(api, headers, asked)
      expect(data.sync).toMatchObject({
        code: "mfa_required",
        inserted: 0,
        message: expect.stringMatching(/question was not answered/),
      })
      const [listed] = (await api.get("/admin/banking/connections", { headers })).data.connections
      expect(listed.health.state).toBe("mfa_required")
      expect(await mail.waitForMessages(1)).toHaveLength(1)
      expect(await openRequests()).toHaveLength(1)
    })

    it("an expired link says so", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [email] = await mail.waitForMessages(1)
      const [request] = await openRequests()
      await banking().updateMfaRequests({ id: request.id, expires_at: new Date(Date.now() - 1000) })
      const refused = await fail(resume(tokenOf(email.text)))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/expired.*Edit Credentials/)
    })

    it("a link works once: another admin user who opens it afterwards is refused", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [email] = await mail.waitForMessages(1)
      const { data: started } = await resume(tokenOf(email.text))
      expect(started.outcome).toBe("connect")

      const other = (await loginAsAdmin(getContainer(), api, "second@medusa-test.com")).headers
      const refused = await fail(resume(tokenOf(email.text), other))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/already used/)
      // Nor can the other user finish the first one's sign-in.
      await flinks.answerQuestionAt(started.connect_session.connect_url)
      const finishing = await fail(
        api.post(
          "/admin/banking/connect-sessions/complete",
          { state: started.connect_session.state, login_id: loginId },
          { headers: other }
        )
      )
      expect(finishing.status).toBe(403)
    })

    it("a resume signed in as another bank user is refused, and that login is deleted at Flinks", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [email] = await mail.waitForMessages(1)
      const { data: started } = await resume(tokenOf(email.text))
      const otherLogin = await flinks.signInAtFlinks("greatday_nomfa")
      // Past Flinks' CARD_IN_USE after the sign-in.
      await flinks.control("clock", { advanceMinutes: 1 })
      const refused = await fail(
        api.post(
          "/admin/banking/connect-sessions/complete",
          { state: started.connect_session.state, login_id: otherLogin },
          { headers }
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^You signed in with a different bank login than this connection's/)
      const logins = (await flinks.control("state")).logins.map((login: any) => login.loginId)
      expect(logins).toContain(loginId)
      expect(logins).not.toContain(otherLogin)
      expect(await openRequests()).toHaveLength(1)
    })

    it("with no recipients, nothing is sent but the Manage screen shows the state", async () => {
      await bankAsksMfaWithNewLines(1)
      await detect()
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(mail.messages()).toHaveLength(0)
      const [listed] = (await api.get("/admin/banking/connections", { headers })).data.connections
      expect(listed.health).toMatchObject({ state: "mfa_required", reason: expect.stringMatching(/verification/) })
      expect(await openRequests()).toHaveLength(1)
    })

    it("a malformed link is refused with a sentence about the link, never the field's rule, and the emailed link still works", async () => {
      await setRecipients("books@example.com")
      await bankAsksMfaWithNewLines(1)
      await detect()
      const [email] = await mail.waitForMessages(1)
      const malformed: unknown[] = [
        tokenOf(email.text).slice(0, 12), // cut short by a mail client
        `${tokenOf(email.text)}${"x".repeat(200)}`,
        `${tokenOf(email.text)}>`, // a bracket the mail client kept
        12345,
        null,
      ]
      for (const token of malformed) {
        const refused = await fail(api.post("/admin/banking/resume-sessions", { token }, { headers }))
        expect({ token, status: refused.status, message: refused.data.message }).toEqual({
          token,
          status: 400,
          // Medusa puts "Invalid request: " before what its validation middleware refuses; the screen drops it.
          message:
            "Invalid request: This resume link is not valid. Open the latest link from the bank verification email, or start a new sign-in with Edit Credentials in Manage Added Accounts.",
        })
      }
      const [request] = await openRequests()
      expect(request.used_at).toBeNull()
      expect((await resume(tokenOf(email.text))).data.outcome).toBe("connect")
    })

    it("a link that is not one the store sent is refused", async () => {
      const refused = await fail(resume("x".repeat(43)))
      expect(refused.status).toBe(404)
    })
  },
})

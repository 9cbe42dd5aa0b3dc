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

jest.setTimeout(300_000)

const flinks = useFlinksSandbox()
const mail = useMailbox()

const HOUR = 3_600_000

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-fresh-data"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    let feed: any
    const banking = bankingModuleOf(getContainer)
    const detect = () => runMfaDetection(getContainer(), new Date(), true)
    const sandboxLogin = async () =>
      (await flinks.control("state")).logins.find((login: any) => login.loginId === loginId)
    const liveSignIns = async () => (await sandboxLogin()).liveSignIns as number
    const refresh = async () => (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
    const openEpisodes = () =>
      banking().listMfaRequests({ connection_id: connection.id, status: ["pending", "notified"] })
    const tokenOf = (text: string) => decodeURIComponent(/\/banking\/resume#token=([\w-]+)/.exec(text)![1])

    async function bankPostsLines(count: number) {
      const [account] = await banking().listBankAccounts({ id: feed.bank_account.id })
      await flinks.control(`logins/${loginId}/accounts/${account.provider_account_id}/transactions`, { count })
    }

    async function complete(session: { state: string }) {
      return (
        await api.post(
          "/admin/banking/connect-sessions/complete",
          { state: session.state, login_id: loginId },
          { headers }
        )
      ).data
    }

    /**
     * Time passes without waiting: Flinks' copy and sessions grow older (the sandbox's rewind),
     * and so do the plugin's own clocks of the MFA episode and of the waiting question.
     */
    async function letHoursPass(hours: number) {
      await flinks.control("rewind", { hours })
      const back = (date: Date | string | null) => (date ? new Date(new Date(date).getTime() - hours * HOUR) : null)
      for (const request of await banking().listMfaRequests({ connection_id: connection.id })) {
        await banking().updateMfaRequests({
          id: request.id,
          detected_at: back(request.detected_at)!,
          notified_at: back(request.notified_at),
          expires_at: back(request.expires_at),
        })
      }
      const [row] = await banking().listBankConnections({ id: connection.id })
      await banking().updateBankConnections({
        id: connection.id,
        question_asked_at: back(row.question_asked_at),
        question_handed_at: back(row.question_handed_at),
        provider_refreshed_at: back(row.provider_refreshed_at),
      })
    }

    /** Someone opens the newest email's link at once and answers the bank. */
    async function answerNewestEmail(count: number) {
      const messages = await mail.waitForMessages(count)
      const { data: started } = await api.post(
        "/admin/banking/resume-sessions",
        { token: tokenOf(messages[count - 1].text) },
        { headers }
      )
      expect(started).toMatchObject({ outcome: "connect", step: "mfa" })
      await flinks.answerQuestionAt(started.connect_session.connect_url)
      expect((await complete(started.connect_session)).connection.health.state).toBe("active")
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      mail.clear()
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
      ;({ feed } = await linkChequingAndImport(api, headers, banking(), connection, daysAgo(30)))
      await api.post("/admin/banking/settings", { mfa_notification_recipients: "books@example.com" }, { headers })
    })

    describe("Refresh Transactions signs in live while the merchant is there", () => {
      it("brings the lines the bank posted today, and says the data is fresh", async () => {
        await bankPostsLines(3)
        // Linking read Flinks' copy: the bank was not asked, so today's lines are not there yet.
        const before = await liveSignIns()
        const { sync } = await settleFeedAnswer(api, headers, await refresh())
        expect(sync).toMatchObject({ status: "imported", inserted: 3 })
        expect(await liveSignIns()).toBe(before + 1)

        const { data } = await api.get(`/admin/banking/sync-runs/${sync.sync_run_id}`, { headers })
        expect(data.sync_run).toMatchObject({ sign_in: "live", question: null, bank_data_stale: false })
        expect(Date.now() - new Date(data.sync_run.bank_data_as_of).getTime()).toBeLessThan(5 * 60_000)
        const listed = (await api.get("/admin/banking/feeds", { headers })).data.feeds.find(
          (f: any) => f.id === feed.id
        )
        expect(listed.bank_data).toMatchObject({ stale: false, stale_after_hours: 24 })
      })

      it("when the bank asks, waits for the answer given on screen, then imports the fresh lines", async () => {
        await bankPostsLines(2)
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        const answer = await refresh()
        await waitForQuestion(api, headers, answer.sync_run)

        const { data: opened } = await api.post(
          `/admin/banking/sync-runs/${answer.sync_run.id}/question`,
          {},
          { headers }
        )
        expect(new URL(opened.connect_session.connect_url).searchParams.get("requestId")).toBeTruthy()
        expect(opened.sync_run).toMatchObject({ in_progress: true, phase: "waiting_for_answer", question: "asked" })
        await flinks.answerQuestionAt(opened.connect_session.connect_url)
        await complete(opened.connect_session)

        const { sync } = await settleFeedAnswer(api, headers, answer)
        expect(sync).toMatchObject({ status: "imported", inserted: 2, code: null })
        const { data } = await api.get(`/admin/banking/sync-runs/${answer.sync_run.id}`, { headers })
        expect(data.sync_run).toMatchObject({ question: "answered", bank_data_stale: false })
        const [listed] = (await api.get("/admin/banking/connections", { headers })).data.connections
        expect(listed.health.state).toBe("active")
        expect(await openEpisodes()).toHaveLength(0)
        // The question is answered: nothing is left for another screen to open.
        const late = await fail(api.post(`/admin/banking/sync-runs/${answer.sync_run.id}/question`, {}, { headers }))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/no longer waiting/)
      })

      it("when the merchant closes the question, imports what Flinks held and says how old it is", async () => {
        await flinks.control("rewind", { hours: 30 })
        await bankPostsLines(2)
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        const answer = await refresh()
        await waitForQuestion(api, headers, answer.sync_run)
        const { data: declined } = await api.post(
          `/admin/banking/sync-runs/${answer.sync_run.id}/question/decline`,
          {},
          { headers }
        )
        expect(declined.sync_run.question).toBe("declined")

        const { sync, feed: listed } = await settleFeedAnswer(api, headers, answer)
        expect(sync).toMatchObject({
          status: "imported",
          inserted: 0,
          code: "mfa_required",
          message: expect.stringMatching(/^Your bank's question was not answered/),
        })
        const { data } = await api.get(`/admin/banking/sync-runs/${answer.sync_run.id}`, { headers })
        const age = Date.now() - new Date(data.sync_run.bank_data_as_of).getTime()
        expect(age).toBeGreaterThan(29 * HOUR)
        expect(data.sync_run.bank_data_stale).toBe(true)
        expect(listed.bank_data.stale).toBe(true)
        const [connectionListed] = (await api.get("/admin/banking/connections", { headers })).data.connections
        expect(connectionListed.bank_data.stale).toBe(true)
      })
    })

    describe.each(["replace", "reject"])("one session per login (Flinks %ss a second one)", (concurrentSession) => {
      beforeEach(async () => {
        await flinks.control("variants", { concurrentSession })
        // The background check meets the question, and leaves its sign-in waiting at it.
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        await letHoursPass(25)
        expect((await detect()).outcomes).toEqual({ [connection.id]: "mfa" })
        await mail.waitForMessages(1)
      })

      it("Edit Credentials opens at the question the check left, without signing in again", async () => {
        const before = await liveSignIns()
        const { data: started } = await api.post(
          `/admin/banking/connections/${connection.id}/reconnect`,
          {},
          { headers }
        )
        expect(started).toMatchObject({ outcome: "connect", step: "mfa" })
        expect(await liveSignIns()).toBe(before)
        await flinks.answerQuestionAt(started.connect_session.connect_url)
        expect((await complete(started.connect_session)).connection.health.state).toBe("active")

        // A second Edit Credentials, the question gone: a new live sign-in, let in.
        const { data: again } = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
        expect(again.outcome).toBe("active")
        expect(await liveSignIns()).toBe(before + 1)
      })

      it("Refresh waits on that same question, never 'login in use', and imports once it is answered", async () => {
        await bankPostsLines(4)
        const before = await liveSignIns()
        const answer = await refresh()
        await waitForQuestion(api, headers, answer.sync_run)
        expect(await liveSignIns()).toBe(before)
        const { data: opened } = await api.post(
          `/admin/banking/sync-runs/${answer.sync_run.id}/question`,
          {},
          { headers }
        )
        await flinks.answerQuestionAt(opened.connect_session.connect_url)
        await complete(opened.connect_session)
        const { sync } = await settleFeedAnswer(api, headers, answer)
        expect(sync).toMatchObject({ status: "imported", inserted: 4 })
        expect(await openEpisodes()).toHaveLength(0)
      })

      it("a question handed to one screen and closed there is still taken over by the next", async () => {
        const { data: first } = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
        expect(first.outcome).toBe("connect")
        // The merchant closed it. The next Edit Credentials is never a 500.
        const second = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
        expect(second.status).toBe(200)
        expect(second.data).toMatchObject({ outcome: "connect", step: "mfa" })
        await flinks.answerQuestionAt(second.data.connect_session.connect_url)
        expect((await complete(second.data.connect_session)).connection.health.state).toBe("active")
      })
    })

    describe("the background check asks the bank as little as possible (push MFA: every live sign-in asks)", () => {
      beforeEach(async () => {
        await flinks.control("variants", { liveRefreshAsksMfa: true })
      })
      afterEach(() => {
        banking().syncOptions().staleAfterHours = 24
      })

      /** The default schedule, "30 *\/6 * * *": four checks a day, six hours apart. */
      async function checkEverySixHours(ticks: number, onEmail?: (count: number) => Promise<void>) {
        const signIns: number[] = []
        let emails = 0
        for (let tick = 0; tick < ticks; tick++) {
          await letHoursPass(6)
          const before = await liveSignIns()
          const episodeOpen = (await openEpisodes()).length > 0
          await detect()
          signIns.push((await liveSignIns()) - before)
          // Never a live sign-in while the bank's question waits for an answer.
          if (episodeOpen) expect(signIns[tick]).toBe(0)
          // The check's run says whether it emailed the recipients; the email itself comes a moment later.
          const [check] = await banking().listSyncRuns(
            { connection_id: connection.id, kind: "mfa_check" },
            { order: { started_at: "DESC" }, take: 1 }
          )
          if ((check.details as any)?.check?.notified) {
            emails += 1
            await mail.waitForMessages(emails)
            await onEmail?.(emails)
          }
        }
        // Every email the checks decided on arrived, and no other.
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(mail.messages()).toHaveLength(emails)
        return { signIns, emails }
      }

      it("default (24 hours), nobody answers: one live sign-in, then only the daily reminder", async () => {
        const { signIns, emails } = await checkEverySixHours(12)
        expect(signIns).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
        expect(emails).toBe(3)
        expect(await openEpisodes()).toHaveLength(1)
      })

      it("default (24 hours), each email answered at once: one live sign-in and one email a day", async () => {
        const { signIns, emails } = await checkEverySixHours(12, answerNewestEmail)
        expect(signIns).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1])
        expect(emails).toBe(3)
      })

      it("6 hours, nobody answers: one live sign-in, none while the episode is open", async () => {
        banking().syncOptions().staleAfterHours = 6
        const { signIns, emails } = await checkEverySixHours(4)
        expect(signIns).toEqual([1, 0, 0, 0])
        expect(emails).toBe(1)
      })

      it("6 hours, each email answered at once: a live sign-in and an email at every check", async () => {
        banking().syncOptions().staleAfterHours = 6
        const { signIns, emails } = await checkEverySixHours(4, answerNewestEmail)
        expect(signIns).toEqual([1, 1, 1, 1])
        expect(emails).toBe(4)
      })
    })
  },
})

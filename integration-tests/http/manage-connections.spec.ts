import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FlinksClient } from "../../src/lib/flinks"
import { acquireRunLock, releaseRunLock, sweepLoginDiscardsWorkflow } from "../../src/workflows"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { flinksCapitalAnswer } from "../flinks-capital-answers"
import { testDatabaseName } from "../test-database-name"
import { linkChequingAndImport, settleFeedAnswer } from "./helpers/sync-runs"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-manage"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let loginId: string
    let connection: any
    const banking = bankingModuleOf(getContainer)
    const listConnections = async () => (await api.get("/admin/banking/connections", { headers })).data.connections
    const sandboxLogins = async () => (await flinks.control("state")).logins.map((login: any) => login.loginId)
    const reconnect = (id = connection.id) => api.post(`/admin/banking/connections/${id}/reconnect`, {}, { headers })
    const remove = (keep: "true" | "false", id = connection.id) =>
      api.delete(`/admin/banking/connections/${id}?keep_transactions=${keep}`, { headers })
    // Flinks refuses DeleteCard for a while after a live sign-in (CARD_IN_USE): let that pass.
    const letFlinksSettle = () => flinks.control("clock", { advanceMinutes: 1 })
    const complete = (state: string, login: string) =>
      api.post("/admin/banking/connect-sessions/complete", { state, login_id: login }, { headers })
    /** The background deletion of refused logins, run as of `minutes` from now instead of waiting. */
    const sweepRefusedLogins = (minutes: number) =>
      sweepLoginDiscardsWorkflow(getContainer()).run({
        input: { now: new Date(Date.now() + minutes * 60_000).toISOString() },
      })
    const ANOTHER_LOGIN =
      "You signed in with a different bank login than this connection's. Sign in with the same username, " +
      "or add the other login from Connect Bank Accounts."

    const linkChequing = () => linkChequingAndImport(api, headers, banking(), connection, daysAgo(30))

    /** What Flinks Connect does when it opens at the bank's question: answers it on the same RequestId. */
    async function answerAtFlinks(connectUrl: string) {
      const requestId = new URL(connectUrl).searchParams.get("requestId")!
      const client = flinks.client("CA")
      const state = await flinks.control("state")
      const session = state.sessions.find((s: any) => s.requestId === requestId)
      await client.answerMfa(requestId, { [session.prompt]: [flinksCapitalAnswer(session.prompt)!] })
    }

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
    })

    afterEach(() => jest.restoreAllMocks())

    describe("the list", () => {
      it("shows each connection's health, its accounts and which feeds are linked", async () => {
        const { feed } = await linkChequing()
        const [listed] = await listConnections()
        expect(listed).toMatchObject({
          id: connection.id,
          provider: "flinks-ca",
          institution_name: "Flinks Capital",
          health: { state: "active", reason: null },
          last_sync: { status: "succeeded" },
        })
        expect(listed.last_success_at).toEqual(expect.any(String))
        expect(listed.last_attempt_at).toEqual(expect.any(String))
        const chequing = listed.accounts.find((a: any) => a.title === "Chequing CAD")
        expect(chequing.feed).toMatchObject({ id: feed.id, ledger_account: { code: "1010", name: "Bank Chequing" } })
        expect(listed.accounts.filter((a: any) => a.feed)).toHaveLength(1)
        expect(JSON.stringify(listed)).not.toContain(loginId)
      })

      it("says how many lines an unlinked account kept, and which feed holds them, until it is linked again", async () => {
        const { feed } = await linkChequing()
        expect(feed.line_count).toBeGreaterThan(0)
        const chequingOf = async () =>
          (await listConnections())[0].accounts.find((a: any) => a.title === "Chequing CAD")
        expect((await chequingOf()).kept_lines).toBeNull()

        await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
        const [listed] = await listConnections()
        const unlinked = listed.accounts.find((a: any) => a.title === "Chequing CAD")
        expect(unlinked).toMatchObject({ feed: null, kept_lines: { count: feed.line_count, feed_id: feed.id } })
        // Accounts that never had a feed have nothing kept.
        expect(listed.accounts.filter((a: any) => a.kept_lines)).toHaveLength(1)

        // A deleted line is no longer kept: the count is the Statement Centre's.
        const [line] = (await api.get(`/admin/banking/feeds/${feed.id}/transactions?limit=1`, { headers })).data
          .transactions
        await api.post("/admin/banking/transactions/delete", { ids: [line.id] }, { headers })
        expect((await chequingOf()).kept_lines).toEqual({ count: feed.line_count - 1, feed_id: feed.id })

        // Linked again, the account shows its feed, not kept lines.
        const ledger = (await banking().listLedgerAccounts({ code: "1010" }))[0]
        const { feed: again } = await settleFeedAnswer(
          api,
          headers,
          (
            await api.post(
              "/admin/banking/feeds",
              { bank_account_id: unlinked.id, ledger_account_id: ledger.id, start_date: daysAgo(30) },
              { headers }
            )
          ).data
        )
        expect(await chequingOf()).toMatchObject({ feed: { id: again.id }, kept_lines: null })
      })

      it("does not show a connection healthy when its last import failed", async () => {
        const { feed } = await linkChequing()
        await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "aggregation_error", times: 0 })
        await settleFeedAnswer(
          api,
          headers,
          (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
        )
        const [listed] = await listConnections()
        expect(listed.health.state).not.toBe("active")
        expect(listed.health.reason).toMatch(/Flinks/)
        expect(listed.last_sync.status).toBe("failed")
      })

      it("shows MFA required when the bank asks for a verification", async () => {
        await linkChequing()
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        await fail(reconnect())
        const [listed] = await listConnections()
        expect(listed.health).toEqual({ state: "mfa_required", reason: expect.stringMatching(/verification/) })
      })
    })

    describe("Edit Credentials", () => {
      it("says the connection is active when the bank accepts the saved sign-in", async () => {
        await banking().updateBankConnections({
          id: connection.id,
          status: "error",
          status_reason: "An earlier failure",
        })
        const { data } = await reconnect()
        expect(data.outcome).toBe("active")
        expect(data.connection).toMatchObject({ id: connection.id, health: { state: "active" } })
      })

      it("opens Flinks Connect at the bank's question and updates the same connection", async () => {
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        const { data } = await reconnect()
        expect(data).toMatchObject({ outcome: "connect", step: "mfa", connect_session: { state: expect.any(String) } })
        const connectUrl = new URL(data.connect_session.connect_url)
        expect(connectUrl.searchParams.get("requestId")).toEqual(expect.any(String))
        expect(connectUrl.searchParams.get("tag")).toBe(data.connect_session.state)
        expect((await listConnections())[0].health.state).toBe("mfa_required")

        await answerAtFlinks(data.connect_session.connect_url)
        const { data: completed } = await api.post(
          "/admin/banking/connect-sessions/complete",
          { state: data.connect_session.state, login_id: loginId },
          { headers }
        )
        expect(completed).toMatchObject({
          created: false,
          connection: { id: connection.id, health: { state: "active" } },
        })
        const stored = await banking().listBankConnections({}, { select: ["id", "login_id_hash", "consent_version"] })
        expect(stored).toHaveLength(1)
        expect(stored[0].login_id_hash).toBe(banking().gateway.sealLogin(loginId).login_id_hash)
        // The consent given at the first sign-in stays on record.
        expect(stored[0].consent_version).not.toBe("unknown")
      })

      it("sends the merchant to the bank's sign-in when the saved password no longer works", async () => {
        await flinks.control(`logins/${loginId}/change-password`, {})
        const { data } = await reconnect()
        expect(data).toMatchObject({ outcome: "connect", step: "sign_in" })
        expect(new URL(data.connect_session.connect_url).searchParams.get("requestId")).toBeNull()
        expect((await listConnections())[0].health.state).toBe("credentials_invalid")

        const again = await flinks.signInAtFlinks()
        expect(again).toBe(loginId)
        const { data: completed } = await api.post(
          "/admin/banking/connect-sessions/complete",
          { state: data.connect_session.state, login_id: again },
          { headers }
        )
        expect(completed.connection).toMatchObject({ id: connection.id, health: { state: "active" } })
        expect(await listConnections()).toHaveLength(1)
      })

      it("refuses a sign-in with another bank login, and changes nothing", async () => {
        await flinks.control(`logins/${loginId}/change-password`, {})
        const { data } = await reconnect()
        const otherLogin = await flinks.signInAtFlinks("greatday_nomfa")
        const refused = await fail(
          api.post(
            "/admin/banking/connect-sessions/complete",
            { state: data.connect_session.state, login_id: otherLogin },
            { headers }
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/different bank login/)
        const listed = await listConnections()
        expect(listed).toHaveLength(1)
        expect(listed[0]).toMatchObject({ id: connection.id, health: { state: "credentials_invalid" } })
      })

      it("deletes at Flinks the login of another bank user it refused, never the connection's own", async () => {
        await flinks.control(`logins/${loginId}/change-password`, {})
        const { data } = await reconnect()
        const otherLogin = await flinks.signInAtFlinks("greatday_nomfa")
        await letFlinksSettle()
        const refused = await fail(complete(data.connect_session.state, otherLogin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(ANOTHER_LOGIN)
        expect(JSON.stringify(refused.data)).not.toContain(otherLogin)
        expect(await sandboxLogins()).not.toContain(otherLogin)
        expect(await sandboxLogins()).toContain(loginId)
        const [discard] = await banking().listLoginDiscards({})
        expect(discard).toMatchObject({ reason: "another_login", outcome: "deleted", login_id_encrypted: null })
        expect((await listConnections())[0]).toMatchObject({
          id: connection.id,
          health: { state: "credentials_invalid" },
        })
      })

      it("deletes the refused login in the background while Flinks is still processing it (CARD_IN_USE)", async () => {
        await flinks.control(`logins/${loginId}/change-password`, {})
        const { data } = await reconnect()
        // Flinks holds the fresh sign-in longer than the merchant's request may wait.
        await flinks.control("variants", { cardInUseSeconds: 600 })
        const otherLogin = await flinks.signInAtFlinks("greatday_nomfa")
        const started = Date.now()
        const refused = await fail(complete(data.connect_session.state, otherLogin))
        expect(Date.now() - started).toBeLessThan(10_000)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(ANOTHER_LOGIN)
        expect(await sandboxLogins()).toContain(otherLogin)
        expect(await banking().listLoginDiscards({ done_at: null })).toEqual([
          expect.objectContaining({ reason: "another_login", attempts: 1, last_error: "login_in_use" }),
        ])

        // A minute later Flinks still processes it: it waits for a later try.
        await sweepRefusedLogins(1)
        expect(await sandboxLogins()).toContain(otherLogin)
        expect((await banking().listLoginDiscards({ done_at: null }))[0].attempts).toBeGreaterThanOrEqual(2)

        await flinks.control("clock", { advanceMinutes: 15 })
        await sweepRefusedLogins(10)
        expect(await sandboxLogins()).not.toContain(otherLogin)
        expect(await sandboxLogins()).toContain(loginId)
        expect(await banking().listLoginDiscards({ done_at: null })).toHaveLength(0)
      })

      it("never deletes at Flinks a login another connection of the store uses", async () => {
        const second = await connectFlinksCapital(api, headers, () => flinks.signInAtFlinks("greatday_nomfa"))
        await flinks.control(`logins/${loginId}/change-password`, {})
        const { data } = await reconnect()
        await letFlinksSettle()
        const refused = await fail(complete(data.connect_session.state, second.loginId))
        expect(refused.data.message).toBe(ANOTHER_LOGIN)
        await sweepRefusedLogins(20)
        expect(await sandboxLogins()).toEqual(expect.arrayContaining([loginId, second.loginId]))
        expect(await banking().listLoginDiscards({})).toHaveLength(0)
        expect(await listConnections()).toHaveLength(2)
      })

      it("keeps the connection's own login when Flinks' check of its sign-in fails", async () => {
        await flinks.control(`logins/${loginId}/require-mfa`, {})
        const { data } = await reconnect()
        await answerAtFlinks(data.connect_session.connect_url)
        await letFlinksSettle()
        await flinks.control("faults", { endpoint: "GetAccountsSummary", kind: "aggregation_error", times: 0 })
        const refused = await fail(complete(data.connect_session.state, loginId))
        expect(refused.data.message).toBe("Flinks had a problem answering. Try again in a few minutes.")
        await flinks.control("clock", { advanceMinutes: 30 })
        await sweepRefusedLogins(30)
        expect(await sandboxLogins()).toContain(loginId)
        expect(await banking().listLoginDiscards({})).toHaveLength(0)
      })

      it("answers 404 for a connection that does not exist", async () => {
        const missing = await fail(reconnect("bconn_missing"))
        expect(missing.status).toBe(404)
      })

      it("says plainly when the bank cannot be reached, and leaves the connection as it was", async () => {
        await flinks.control("faults", { endpoint: "Authorize", kind: "retry_later", times: 0 })
        const refused = await fail(reconnect())
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.data.message).toMatch(/bank cannot be reached/)
        expect((await listConnections())[0].health.state).toBe("active")
      })
    })

    describe("Delete Account", () => {
      it("is refused while a feed is linked, and nothing changes", async () => {
        await linkChequing()
        await letFlinksSettle()
        const deleteCard = jest.spyOn(FlinksClient.prototype, "deleteCard")
        const refused = await fail(remove("true"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^Unlink the mapping first/)
        expect(refused.data.message).toContain("Chequing CAD → 1010 Bank Chequing")
        expect(deleteCard).not.toHaveBeenCalled()
        expect(await listConnections()).toHaveLength(1)
        expect(await sandboxLogins()).toContain(loginId)
      })

      it("is refused while an import of the connection runs, and goes through once it has finished", async () => {
        await letFlinksSettle()
        // An import in progress holds the connection's lock, exactly as a run takes it.
        await acquireRunLock(getContainer(), connection.id, "srun_in_progress")
        const deleteCard = jest.spyOn(FlinksClient.prototype, "deleteCard")
        const refused = await fail(remove("true"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Transactions of this bank connection are being imported right now. Try again when it has finished. Nothing was deleted."
        )
        expect(deleteCard).not.toHaveBeenCalled()
        expect(await listConnections()).toHaveLength(1)
        expect(await sandboxLogins()).toContain(loginId)

        await releaseRunLock(getContainer(), connection.id, "srun_in_progress")
        expect((await remove("true")).data.deleted).toBe(true)
      })

      it("deletes the login at Flinks once, removes the connection and keeps the lines when asked", async () => {
        const { feed, sync } = await linkChequing()
        await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
        await letFlinksSettle()
        const deleteCard = jest.spyOn(FlinksClient.prototype, "deleteCard")

        const { data } = await remove("true")
        expect(data).toEqual({ id: connection.id, object: "bank_connection", deleted: true, transactions_kept: true })
        expect(deleteCard).toHaveBeenCalledTimes(1)
        expect(await sandboxLogins()).not.toContain(loginId)
        expect(await listConnections()).toHaveLength(0)

        // Who deleted it and when stay on record.
        const [record] = await banking().listBankConnections(
          { id: connection.id },
          { select: ["status", "deleted_by", "deleted_at"], withDeleted: true }
        )
        expect(record).toMatchObject({ status: "disconnected", deleted_by: expect.stringMatching(/^user_/) })
        expect(record.deleted_at).toBeTruthy()

        // The kept lines still read through their feed.
        const { data: feeds } = await api.get("/admin/banking/feeds?status=all", { headers })
        expect(feeds.feeds).toEqual([
          expect.objectContaining({
            id: feed.id,
            line_count: sync.inserted,
            bank_account: expect.objectContaining({ title: "Chequing CAD", removed: true }),
          }),
        ])
        expect(
          await banking().listBankTransactions({ bank_account_id: feed.bank_account.id }, { take: 10_000 })
        ).toHaveLength(sync.inserted)
        expect((await fail(remove("true"))).status).toBe(404)
      })

      it("removes the imported lines too when asked", async () => {
        const { feed } = await linkChequing()
        await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
        await letFlinksSettle()
        await remove("false")
        expect(await banking().listBankTransactions({ bank_account_id: feed.bank_account.id })).toHaveLength(0)
        expect(await banking().listBankStatements({ feed_id: feed.id })).toHaveLength(0)
        expect((await api.get("/admin/banking/feeds?status=all", { headers })).data.feeds).toHaveLength(0)
      })

      it("deletes nothing when Flinks is still processing the login (CARD_IN_USE)", async () => {
        const { feed, sync } = await linkChequing()
        await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
        // Edit Credentials just signed in live: Flinks holds the login for a moment.
        await reconnect()
        const refused = await fail(remove("false"))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Try again in a minute/)
        expect(refused.data.message).toMatch(/Nothing was deleted/)
        const [listed] = await listConnections()
        expect(listed.accounts).toHaveLength(connection.accounts.length)
        expect(
          await banking().listBankTransactions({ bank_account_id: feed.bank_account.id }, { take: 10_000 })
        ).toHaveLength(sync.inserted)
        expect(await sandboxLogins()).toContain(loginId)

        await letFlinksSettle()
        expect((await remove("false")).data.deleted).toBe(true)
      })

      it("deletes nothing when Flinks fails", async () => {
        const { feed, sync } = await linkChequing()
        await api.post(`/admin/banking/feeds/${feed.id}/unlink`, {}, { headers })
        await letFlinksSettle()
        await flinks.control("faults", { endpoint: "DeleteCard", kind: "aggregation_error", times: 0 })
        const refused = await fail(remove("false"))
        expect(refused.status).toBe(500)
        expect(refused.data.message).toMatch(/Nothing was deleted/)
        expect(await listConnections()).toHaveLength(1)
        expect((await listConnections())[0].status).not.toBe("disconnected")
        expect(
          await banking().listBankTransactions({ bank_account_id: feed.bank_account.id }, { take: 10_000 })
        ).toHaveLength(sync.inserted)
        expect((await api.get("/admin/banking/feeds?status=all", { headers })).data.feeds).toHaveLength(1)
      })

      it("finishes in one request when DeleteCard ran but its answer came back broken", async () => {
        await letFlinksSettle()
        await flinks.control("faults", { endpoint: "DeleteCard", kind: "broken_json" })
        const { data } = await remove("false")
        expect(data.deleted).toBe(true)
        expect(await sandboxLogins()).not.toContain(loginId)
        expect(await listConnections()).toHaveLength(0)
      })

      for (const invalidLoginStatus of [401, 400]) {
        it(`a retry finishes the delete when DeleteCard ran but every answer was lost (INVALID_LOGIN as ${invalidLoginStatus})`, async () => {
          await letFlinksSettle()
          await flinks.control("variants", { invalidLoginStatus })
          // The first DeleteCard deletes the login, then every answer of this request is lost.
          await flinks.control("faults", { endpoint: "DeleteCard", kind: "drop_after", times: 4 })
          const lost = await fail(remove("false"))
          expect(lost.status).toBe(500)
          expect(lost.data.message).not.toMatch(/Nothing was deleted/)
          expect(lost.data.message).toMatch(/Delete Account again/)
          expect(await listConnections()).toHaveLength(1)
          expect(await sandboxLogins()).not.toContain(loginId)

          const { data } = await remove("false")
          expect(data.deleted).toBe(true)
          expect(await listConnections()).toHaveLength(0)
          expect(await sandboxLogins()).not.toContain(loginId)
        })
      }

      it("asks for the merchant's choice about the imported lines", async () => {
        const missing = await fail(api.delete(`/admin/banking/connections/${connection.id}`, { headers }))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/keep_transactions/)
        const wrong = await fail(
          api.delete(`/admin/banking/connections/${connection.id}?keep_transactions=maybe`, { headers })
        )
        expect(wrong.status).toBe(400)
        expect(await listConnections()).toHaveLength(1)
      })
    })
  },
})

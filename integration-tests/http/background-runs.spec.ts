import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { closeAbandonedSyncRunsWorkflow, runMfaDetection } from "../../src/workflows"
import { testDatabaseName } from "../test-database-name"
import { loginAsAdmin } from "./helpers/admin-session"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { feedOutcome, linkChequingAndImport, settleFeedAnswer, waitForRun } from "./helpers/sync-runs"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()
// Flinks says to poll for up to 30 minutes; here the import gives up after three seconds of 202s.
process.env.FLINKS_POLL_DEADLINE_MS = "3000"

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-background"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let connection: any
    let loginId: string
    const banking = bankingModuleOf(getContainer)
    const runOf = async (id: string) => (await api.get(`/admin/banking/sync-runs/${id}`, { headers })).data.sync_run
    const connectionListed = async () =>
      (await api.get("/admin/banking/connections", { headers })).data.connections.find(
        (c: any) => c.id === connection.id
      )
    const checkNow = () => api.post(`/admin/banking/connections/${connection.id}/check`, {}, { headers })

    const linkChequing = () => linkChequingAndImport(api, headers, banking(), connection, daysAgo(30))
    // What a killed process leaves: a run "running", its heartbeat silent for longer than a lease.
    const silentSince = () => new Date(Date.now() - (banking().syncOptions().leaseSeconds + 5) * 1000)
    const runningImport = (feedId: string, heartbeatAt: Date, phase?: "writing") =>
      banking().createSyncRuns({
        connection_id: connection.id,
        kind: "import",
        trigger: "manual",
        feed_ids: [feedId],
        status: "running",
        phase,
        started_at: heartbeatAt,
        heartbeat_at: heartbeatAt,
      })

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      ;({ connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
    })

    it("Refresh answers at once while Flinks is still preparing, the run shows where it is, and a poll that never ends stops at the deadline", async () => {
      const { feed, sync } = await linkChequing()
      await flinks.control("faults", { endpoint: "GetAccountsDetailAsync", kind: "endless_202", times: 0 })

      const { status, data } = await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
      // The answer came back while Flinks had not even been asked yet: nothing waited on it.
      expect(status).toBe(202)
      expect(data.sync_run).toMatchObject({
        kind: "import",
        in_progress: true,
        status: expect.stringMatching(/queued|running/),
      })

      // The merchant can leave and come back: the feed says an import is in progress, and which.
      const deadline = Date.now() + 10_000
      let waiting: any = await runOf(data.sync_run.id)
      while (Date.now() < deadline && waiting.phase !== "waiting_for_flinks") {
        await new Promise((resolve) => setTimeout(resolve, 50))
        waiting = await runOf(data.sync_run.id)
      }
      expect(waiting).toMatchObject({ in_progress: true, phase: "waiting_for_flinks", code: null, message: null })
      const { data: feeds } = await api.get("/admin/banking/feeds", { headers })
      expect(feeds.feeds[0].last_sync).toMatchObject({ id: data.sync_run.id, in_progress: true })
      expect((await connectionListed()).health).toEqual({ state: "refreshing", reason: "Importing transactions now." })

      const ended = await waitForRun(api, headers, data.sync_run)
      expect(ended).toMatchObject({ status: "failed", in_progress: false, phase: null })
      expect(feedOutcome(ended)).toMatchObject({
        status: "failed",
        inserted: 0,
        message: expect.stringMatching(/Flinks is still preparing this bank's data/),
      })
      expect((await connectionListed()).health).toEqual({
        state: "error",
        reason: expect.stringMatching(/Flinks is still preparing this bank's data/),
      })
      expect(await banking().listBankTransactions({ feed_id: feed.id })).toHaveLength(sync.inserted)

      await fetch(`${flinks.url}/__sandbox/faults`, { method: "DELETE" })
      const again = await settleFeedAnswer(
        api,
        headers,
        (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data
      )
      expect(again.sync).toMatchObject({ status: "imported", inserted: 0 })
      expect((await connectionListed()).health).toEqual({ state: "active", reason: null })
    })

    it.each([
      ["a Flinks 500", { kind: "aggregation_error" }, "error", /Flinks had a problem/],
      ["RETRY_LATER", { kind: "retry_later" }, "institution_unavailable", /cannot be reached/],
      ["TOO_MANY_REQUESTS", { kind: "too_many_requests" }, "error", /too many requests/],
      ["broken JSON", { kind: "broken_json" }, "error", /Flinks had a problem/],
      ["a dropped connection", { kind: "drop" }, "error", /Flinks had a problem/],
    ])(
      "Check Now under %s: answers at once, records the attempt, says why, and is Active again after",
      async (_, fault, state, reason) => {
        await linkChequing()
        await flinks.control("faults", { endpoint: "Authorize", times: 0, ...fault })
        const before = await connectionListed()

        const { status, data } = await checkNow()
        expect(status).toBe(202)
        expect(data.sync_run).toMatchObject({ kind: "mfa_check", in_progress: true })
        const run = await waitForRun(api, headers, data.sync_run)
        expect(run).toMatchObject({
          status: "failed",
          message: expect.stringMatching(reason),
          check: { outcome: "fault" },
        })
        const listed = await connectionListed()
        expect(listed.health).toEqual({ state, reason: expect.stringMatching(reason) })
        expect(new Date(listed.last_attempt_at).getTime()).toBeGreaterThan(new Date(before.last_attempt_at).getTime())

        await fetch(`${flinks.url}/__sandbox/faults`, { method: "DELETE" })
        const recovered = await waitForRun(api, headers, (await checkNow()).data.sync_run)
        expect(recovered).toMatchObject({
          status: "succeeded",
          check: { outcome: "active" },
          message: expect.stringMatching(/active/),
        })
        expect((await connectionListed()).health).toEqual({ state: "active", reason: null })
      }
    )

    it("the scheduled bank check records a Flinks fault the same way, and recovers", async () => {
      await linkChequing()
      await flinks.control("faults", { endpoint: "Authorize", kind: "retry_later", times: 0 })
      expect(await runMfaDetection(getContainer(), new Date(), true)).toEqual({
        ran: true,
        outcomes: { [connection.id]: "fault" },
      })
      expect((await connectionListed()).health).toEqual({
        state: "institution_unavailable",
        reason: expect.stringMatching(/cannot be reached/),
      })
      const [run] = await banking().listSyncRuns({
        connection_id: connection.id,
        kind: "mfa_check",
        trigger: "schedule",
      })
      expect(run).toMatchObject({ status: "failed", error_code: "retry_later" })

      await fetch(`${flinks.url}/__sandbox/faults`, { method: "DELETE" })
      expect(await runMfaDetection(getContainer(), new Date(), true)).toEqual({
        ran: true,
        outcomes: { [connection.id]: "active" },
      })
      expect((await connectionListed()).health).toEqual({ state: "active", reason: null })
    })

    it("Check Now while an import runs is refused with a sentence, and two clicks follow one check", async () => {
      const { feed } = await linkChequing()
      await flinks.control("faults", { endpoint: "GetAccountsDetail", kind: "slow", delayMs: 1500, times: 1 })
      const importing = (await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })).data.sync_run
      const refused = await fail(checkNow())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/import of this bank connection is already running/)
      await waitForRun(api, headers, importing)

      await flinks.control("faults", { endpoint: "Authorize", kind: "slow", delayMs: 1000, times: 1 })
      const first = await checkNow()
      const second = await checkNow()
      expect([first.status, second.status]).toEqual([202, 200])
      expect(second.data.sync_run.id).toBe(first.data.sync_run.id)
      await waitForRun(api, headers, first.data.sync_run)
      expect(await banking().listSyncRuns({ connection_id: connection.id, kind: "mfa_check" })).toHaveLength(1)
    })

    it("a run whose process died stops showing as refreshing after its lease, is closed by the sweep, and blocks nothing", async () => {
      const { feed } = await linkChequing()
      const silent = silentSince()
      const dead = await runningImport(feed.id, silent, "writing")
      expect((await connectionListed()).health.state).not.toBe("refreshing")
      expect(await runOf(dead.id)).toMatchObject({ status: "running", in_progress: false, phase: null })

      const { result } = await closeAbandonedSyncRunsWorkflow(getContainer()).run()
      expect(result.closed_ids).toEqual([dead.id])
      expect(await runOf(dead.id)).toMatchObject({
        status: "interrupted",
        message: expect.stringMatching(/stopped before it finished/),
      })
      expect((await connectionListed()).health).toEqual({
        state: "error",
        reason: expect.stringMatching(/stopped before it finished/),
      })

      // A live run is left alone by the sweep.
      const alive = await runningImport(feed.id, new Date())
      expect((await closeAbandonedSyncRunsWorkflow(getContainer()).run()).result.closed_ids).toEqual([])
      await banking().updateSyncRuns({ id: alive.id, heartbeat_at: silent })

      // A refresh closes the dead run itself rather than being refused by it.
      const refreshed = await api.post(`/admin/banking/feeds/${feed.id}/refresh`, {}, { headers })
      expect(refreshed.status).toBe(202)
      expect((await waitForRun(api, headers, refreshed.data.sync_run)).status).toBe("succeeded")
      expect(await runOf(alive.id)).toMatchObject({ status: "interrupted" })
      expect(loginId).toBeTruthy()
    })

    it("the sweep closes a dead run and has its connection say why in one go: when the connection cannot be told, the run stays for the next sweep", async () => {
      const { feed } = await linkChequing()
      const dead = await runningImport(feed.id, silentSince())
      const move = jest
        .spyOn(banking().gateway, "moveConnection")
        .mockRejectedValueOnce(new Error("the database went away"))
      try {
        const { errors } = await closeAbandonedSyncRunsWorkflow(getContainer()).run({ throwOnError: false })
        expect(errors.map(({ error }) => error?.message)).toEqual(["the database went away"])
      } finally {
        move.mockRestore()
      }
      // Neither half was kept: the run is not closed behind a connection that still looks fine.
      expect(await runOf(dead.id)).toMatchObject({ status: "running" })
      expect((await connectionListed()).health).toEqual({ state: "active", reason: null })

      expect((await closeAbandonedSyncRunsWorkflow(getContainer()).run()).result.closed_ids).toEqual([dead.id])
      expect(await runOf(dead.id)).toMatchObject({ status: "interrupted" })
      expect((await connectionListed()).health).toEqual({
        state: "error",
        reason: expect.stringMatching(/stopped before it finished/),
      })
    })

    it("following a run that does not exist answers 404 with a sentence", async () => {
      const missing = await fail(api.get("/admin/banking/sync-runs/bsync_missing", { headers }))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toMatch(/does not exist/)
    })
  },
})

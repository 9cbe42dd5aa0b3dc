import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { FLINKS_PRIVACY_STATEMENT } from "../../src/modules/banking/privacy-statement"
import { sweepLoginDiscardsWorkflow } from "../../src/workflows"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { loginAsAdmin } from "./helpers/admin-session"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { testDatabaseName } from "../test-database-name"
import { fail } from "./helpers/refused"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(120_000)

const flinks = useFlinksSandbox()
const consent = { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version }

/** Everything the process writes while `body` runs, to prove a secret never reaches a log. */
async function capturingOutput<T>(body: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  const writeErr = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: any, ...rest: any[]) => {
    chunks.push(String(chunk))
    return write(chunk, ...rest)
  }) as any
  process.stderr.write = ((chunk: any, ...rest: any[]) => {
    chunks.push(String(chunk))
    return writeErr(chunk, ...rest)
  }) as any
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args) => void chunks.push(args.map(String).join(" ")))
  )
  try {
    return { result: await body(), output: chunks.join("\n") }
  } finally {
    process.stdout.write = write
    process.stderr.write = writeErr
    for (const spy of spies) spy.mockRestore()
  }
}

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-connect"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    const banking = bankingModuleOf(getContainer)
    const startSession = (body: Record<string, unknown> = { provider: "flinks-ca", consent }) =>
      api.post("/admin/banking/connect-sessions", body, { headers }).then((r: any) => r.data.connect_session)
    const complete = (state: string, loginId: string, as = headers) =>
      api.post("/admin/banking/connect-sessions/complete", { state, login_id: loginId }, { headers: as })
    const sandboxLogins = async () => (await flinks.control("state")).logins.map((login: any) => login.loginId)
    /** The background deletion of refused logins, run as of `minutes` from now instead of waiting. */
    const sweepRefusedLogins = (minutes: number) =>
      sweepLoginDiscardsWorkflow(getContainer()).run({
        input: { now: new Date(Date.now() + minutes * 60_000).toISOString() },
      })
    // Flinks refuses DeleteCard for a while after a live sign-in (CARD_IN_USE): let that pass.
    const letFlinksSettle = () => flinks.control("clock", { advanceMinutes: 1 })

    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
    })

    it("lists both providers with the privacy statement a merchant must accept", async () => {
      const { data } = await api.get("/admin/banking/providers", { headers })
      expect(data.providers).toEqual([
        expect.objectContaining({ id: "flinks-ca", name: "Flinks Canada", configured: true }),
        expect.objectContaining({ id: "flinks-us", name: "Flinks USA", configured: true }),
      ])
      expect(data.providers[0].privacy_statement.version).toBe(FLINKS_PRIVACY_STATEMENT.version)
    })

    it("lists the banks of a country, Flinks Capital first, searchable", async () => {
      const all = (await api.get("/admin/banking/providers/flinks-ca/institutions", { headers })).data
      expect(all.institutions[0]).toEqual({ id: "FlinksCapital", name: "Flinks Capital", country: "CA" })
      expect(all.institutions.map((i: any) => i.name)).toContain("RBC Royal Bank")
      const found = (await api.get("/admin/banking/providers/flinks-us/institutions?q=wells", { headers })).data
      expect(found.institutions).toEqual([{ id: "WellsFargo", name: "Wells Fargo", country: "US" }])
      const unknown = await fail(api.get("/admin/banking/providers/plaid/institutions", { headers }))
      expect(unknown.status).toBe(404)
    })

    it("connects a bank: consent recorded, login checked with Flinks, accounts stored, LoginId kept secret", async () => {
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const emitted = jest.spyOn(eventBus, "emit")

      const { result, output } = await capturingOutput(async () => {
        const session = await startSession({ provider: "flinks-ca", consent, institution_id: "FlinksCapital" })
        const loginId = await flinks.signInAtFlinks()
        const response = await complete(session.state, loginId)
        const list = await api.get("/admin/banking/connections", { headers })
        return { session, loginId, response, list }
      })
      const { session, loginId, response, list } = result

      expect(session.connect_url).toContain(`tag=${session.state}`)
      expect(new URL(session.connect_url).searchParams.get("redirectUrl")).toMatch(/\/flinks\/redirect\?state=/)
      expect(session.connect_origin).toBe(flinks.url)

      const { connection, created } = response.data
      expect(created).toBe(true)
      expect(connection).toMatchObject({ provider: "flinks-ca", institution_name: "Flinks Capital", status: "active" })
      expect(connection.accounts.map((a: any) => a.title)).toEqual(
        expect.arrayContaining(["Chequing CAD", "Chequing US"])
      )
      expect(connection.accounts).toHaveLength(9)
      // Full account numbers are not kept: the last four digits identify the account.
      for (const account of connection.accounts) {
        expect(account.account_number_masked).toMatch(/^\*+\d{4}$|^\d{6}\*+\d{4}$/)
      }
      expect(list.data.count).toBe(1)

      const [stored] = await banking().listBankConnections({ id: connection.id })
      expect(stored.consent_version).toBe(FLINKS_PRIVACY_STATEMENT.version)
      expect(stored.consent_accepted_by).toMatch(/^user_/)
      expect(stored.login_id_encrypted).not.toContain(loginId)
      // Stored as this login: its keyed hash is the one the module computes for it.
      expect(stored.login_id_hash).toBe(banking().gateway.sealLogin(loginId).login_id_hash)

      for (const text of [JSON.stringify(response.data), JSON.stringify(list.data), output]) {
        expect(text).not.toContain(loginId)
      }
      const events = emitted.mock.calls.flatMap(([message]) => (Array.isArray(message) ? message : [message]))
      expect(events).toContainEqual(
        expect.objectContaining({
          name: "banking.connection.created",
          data: { id: connection.id, provider: "flinks-ca", account_ids: expect.arrayContaining([expect.any(String)]) },
        })
      )
    })

    /** What the sandbox's Connect page shows first at a session's address, as a browser would load it. */
    async function widgetOpensAt(connectUrl: string): Promise<{ step: string; preselected: unknown }> {
      const html = await (await fetch(connectUrl)).text()
      const config = JSON.parse(/<script id="flinks-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1])
      return { step: config.initial.step, preselected: config.preselected }
    }

    it("opens Flinks Connect at the chosen bank's sign-in, without its own consent once ours is recorded", async () => {
      const session = await startSession({ provider: "flinks-ca", consent, institution_id: "FlinksCapital" })
      const params = new URL(session.connect_url).searchParams
      expect(params.get("consentEnable")).toBe("false")
      // Flinks names no parameter for preselection: the key and the InstitutionId both travel.
      expect(params.get("institution")).toBe("FlinksCapital")
      expect(params.get("institutionId")).toBe("14")
      expect(params.get("demo")).toBe("true")
      // The consent that lets the widget skip its own is on this session's record.
      const [stored] = await banking().listConnectSessions({ id: session.id })
      expect(stored.consent_version).toBe(FLINKS_PRIVACY_STATEMENT.version)
      expect(stored.consent_accepted_at).toEqual(expect.any(Date))
      expect(await widgetOpensAt(session.connect_url)).toEqual({
        step: "credentials",
        preselected: { code: "FlinksCapital", name: "Flinks Capital" },
      })

      // A real bank: its key only (Flinks publishes no numeric ids but its test bank's), no demo mode.
      const rbc = new URL((await startSession({ provider: "flinks-ca", consent, institution_id: "RBC" })).connect_url)
        .searchParams
      expect([rbc.get("institution"), rbc.get("institutionId"), rbc.get("demo"), rbc.get("consentEnable")]).toEqual([
        "RBC",
        null,
        null,
        "false",
      ])
    })

    it("refuses a bank the provider does not list, and opens nothing", async () => {
      for (const [provider, institution_id] of [
        ["flinks-ca", "Chase"],
        ["flinks-us", "Desjardins"],
        ["flinks-ca", "Nowhere"],
      ]) {
        const refused = await fail(startSession({ provider, consent, institution_id }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(
          /^Flinks (Canada|USA) does not offer this bank\. Choose one from the list\.$/
        )
      }
      expect(await banking().listConnectSessions({})).toHaveLength(0)
    })

    it("Edit Credentials opens at the connection's bank, with the consent given when connecting, or Flinks' own once the statement changed", async () => {
      const { connection, loginId } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks)
      await flinks.control(`logins/${loginId}/change-password`, {})
      const reconnectUrl = async () => {
        const { data } = await api.post(`/admin/banking/connections/${connection.id}/reconnect`, {}, { headers })
        expect(data).toMatchObject({ outcome: "connect", step: "sign_in" })
        return data.connect_session.connect_url as string
      }

      const url = await reconnectUrl()
      const params = new URL(url).searchParams
      expect([params.get("institution"), params.get("institutionId"), params.get("consentEnable")]).toEqual([
        "FlinksCapital",
        "14",
        "false",
      ])
      expect(await widgetOpensAt(url)).toEqual({
        step: "credentials",
        preselected: { code: "FlinksCapital", name: "Flinks Capital" },
      })

      // A consent to an older statement does not stand for the current one: the widget asks.
      await banking().updateBankConnections({ id: connection.id, consent_version: "2019-01" })
      const outdated = await reconnectUrl()
      expect(new URL(outdated).searchParams.get("consentEnable")).toBe("true")
      expect((await widgetOpensAt(outdated)).step).toBe("consent")
    })

    it("connecting the same bank login twice keeps one connection", async () => {
      const loginId = await flinks.signInAtFlinks()
      const first = await complete((await startSession()).state, loginId)
      const second = await complete((await startSession()).state, loginId)
      expect(second.data.created).toBe(false)
      expect(second.data.connection.id).toBe(first.data.connection.id)
      expect(await banking().listBankConnections({})).toHaveLength(1)
      expect(await banking().listBankAccounts({})).toHaveLength(9)
    })

    it("refuses to start without agreeing to the privacy statement", async () => {
      const missing = await fail(api.post("/admin/banking/connect-sessions", { provider: "flinks-ca" }, { headers }))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/consent/)
      const refused = await fail(startSession({ provider: "flinks-ca", consent: { ...consent, accepted: false } }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/accept Flinks' Services Privacy Statement/)
      const outdated = await fail(startSession({ provider: "flinks-ca", consent: { accepted: true, version: "2019" } }))
      expect(outdated.status).toBe(400)
      expect(await banking().listConnectSessions({})).toHaveLength(0)
    })

    describe("a REDIRECT that this server cannot trust is refused and stores nothing", () => {
      let loginId: string
      beforeEach(async () => {
        loginId = await flinks.signInAtFlinks()
      })
      afterEach(async () => {
        expect(await banking().listBankConnections({})).toHaveLength(0)
      })

      it("a tampered state", async () => {
        const { state } = await startSession()
        const error = await fail(complete(`${state.slice(0, -2)}xx`, loginId))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/not one this store started/)
        // A LoginId that comes without a state of this store's is nobody's to delete.
        await letFlinksSettle()
        await sweepRefusedLogins(20)
        expect(await sandboxLogins()).toContain(loginId)
        expect(await banking().listLoginDiscards({})).toHaveLength(0)
      })

      it("an expired state, whose login is then deleted at Flinks", async () => {
        const session = await startSession()
        await banking().updateConnectSessions({ id: session.id, expires_at: new Date(Date.now() - 1000) })
        await letFlinksSettle()
        const error = await fail(complete(session.state, loginId))
        expect(error.status).toBe(400)
        expect(error.data.message).toBe(
          "This bank sign-in took too long and has expired. Start again from Connect Bank Accounts."
        )
        expect(await sandboxLogins()).not.toContain(loginId)
      })

      it("a state already used", async () => {
        const { state } = await startSession()
        await complete(state, loginId)
        await banking().deleteBankAccounts((await banking().listBankAccounts({})).map((a) => a.id))
        await banking().deleteBankConnections((await banking().listBankConnections({})).map((c) => c.id))
        const error = await fail(complete(state, loginId))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/already used/)
      })

      it("another admin's state", async () => {
        const { state } = await startSession()
        const other = await loginAsAdmin(getContainer(), api, "other-admin@medusa-test.com")
        const error = await fail(complete(state, loginId, other.headers))
        expect(error.status).toBe(403)
        expect(error.data.message).toMatch(/another user/)
        await letFlinksSettle()
        await sweepRefusedLogins(20)
        expect(await sandboxLogins()).toContain(loginId)
      })

      it("a LoginId Flinks does not know", async () => {
        const { state } = await startSession()
        const error = await fail(complete(state, "7d5b8e3a-0000-4000-8000-000000000000"))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/Flinks did not accept this bank login/)
      })
    })

    it("tells the merchant in words when Flinks cannot reach the bank, and lets them retry", async () => {
      const loginId = await flinks.signInAtFlinks()
      const { state } = await startSession()
      await flinks.control("faults", { endpoint: "GetAccountsSummary", kind: "retry_later", times: 0 })
      const error = await fail(complete(state, loginId))
      expect(error.status).toBe(500)
      expect(error.data.message).toBe("Your bank cannot be reached right now. Try again in a few minutes.")
      expect(await banking().listBankConnections({})).toHaveLength(0)

      await fetch(`${flinks.url}/__sandbox/faults`, { method: "DELETE" })
      const retried = await complete(state, loginId)
      expect(retried.data.created).toBe(true)

      // The refused try left the login to delete once the sign-in ended; by then a connection uses it.
      await letFlinksSettle()
      await sweepRefusedLogins(20)
      expect(await sandboxLogins()).toContain(loginId)
      expect(await banking().listLoginDiscards({})).toEqual([expect.objectContaining({ outcome: "kept" })])
    })

    it("deletes at Flinks a sign-in its check kept refusing, once the sign-in can no longer be retried", async () => {
      const loginId = await flinks.signInAtFlinks()
      const { state } = await startSession()
      await flinks.control("faults", { endpoint: "GetAccountsSummary", kind: "aggregation_error", times: 0 })
      const error = await fail(complete(state, loginId))
      expect(error.status).toBe(500)
      expect(error.data.message).toBe("Flinks had a problem answering. Try again in a few minutes.")
      expect(JSON.stringify(error.data)).not.toContain(loginId)

      // The merchant may still retry this sign-in for the rest of its 15 minutes: the login stays.
      await letFlinksSettle()
      await sweepRefusedLogins(5)
      expect(await sandboxLogins()).toContain(loginId)

      await sweepRefusedLogins(16)
      expect(await sandboxLogins()).not.toContain(loginId)
      expect(await banking().listLoginDiscards({})).toEqual([
        expect.objectContaining({ reason: "sign_in_refused", outcome: "deleted", login_id_encrypted: null }),
      ])
      expect(await banking().listBankConnections({})).toHaveLength(0)
    })

    it("accepts Flinks' redirect on the public route, with a page that reports the outcome", async () => {
      const { state } = await startSession()
      const loginId = await flinks.signInAtFlinks()
      const page = await api.get(`/flinks/redirect?state=${state}&loginId=${loginId}&institution=FlinksCapital`)
      expect(page.status).toBe(200)
      expect(page.data).toContain("Your bank is connected.")
      expect(page.data).not.toContain(loginId)
      expect(await banking().listBankConnections({})).toHaveLength(1)

      const replay = await fail(api.get(`/flinks/redirect?state=${state}&loginId=${loginId}`))
      expect(replay.status).toBe(400)
      expect(replay.data).toContain("already used")
    })

    it("answers a redirect it cannot read with a page, and never quotes its values in a log line", async () => {
      const { state } = await startSession()
      const loginId = await flinks.signInAtFlinks()
      // A repeated parameter is an array: Medusa's query validator would have logged "got: '<values>'".
      const { result: page, output } = await capturingOutput(() =>
        fail(api.get(`/flinks/redirect?state=${state}&state=${state}&loginId=${loginId}&loginId=${loginId}`))
      )
      expect(page.status).toBe(400)
      expect(page.headers["content-type"]).toMatch(/^text\/html/)
      expect(page.data).toContain("This address is not a return from a bank sign-in.")
      expect(page.data).not.toContain(loginId)
      expect(output).not.toContain(loginId)
      expect(output).not.toContain(state)
      expect(await banking().listBankConnections({})).toHaveLength(0)

      // A parameter Flinks may add one day does not turn the sign-in into an error.
      const accepted = await api.get(
        `/flinks/redirect?state=${state}&loginId=${loginId}&institution=FlinksCapital&requestId=abc`
      )
      expect(accepted.data).toContain("Your bank is connected.")
    })
  },
})
